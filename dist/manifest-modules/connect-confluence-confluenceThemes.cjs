"use strict";var fe=(n,d)=>()=>{try{return d||n((d={exports:{}}).exports,d),d.exports}catch(g){throw d=0,g}};var le=fe(oe=>{"use strict";Object.defineProperty(oe,"__esModule",{value:!0});function ce(n){let d=n.length,g=0,h=0,a;for(;h<d;)g++,a=n.charCodeAt(h++),a>=55296&&a<=56319&&h<d&&(a=n.charCodeAt(h),(a&64512)===56320&&h++);return g}oe.default=ce;ce.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=ie;module.exports.default=ie;var f={type:"array",items:{properties:{routes:{properties:{spaceview:{properties:{url:{type:"string",fieldDescription:`

A url for displaying a given view. This url can be interpolated with a set of variables. See
 <a href="../theme-routes/">Theme Routes</a> for a list of
 context parameters available.

`}},required:["url"],shortClassName:"confluenceThemeRouteBean",type:"object",title:"Theme Route Definition",description:`

Defines the data required for each individual route.

 The <code>url</code> field is a URL that is to be used as an iframe for the full page iframe rendered for the route.

`,fieldDescription:`

Route for the space homepage - the screen when a user views a space. Overriding
 this route will allow the add-on to customize what the user sees when they visit a space homepage.
 Available context parameters in the url are
 <ul>
 <li><code>space.key</code> - the space key of the content being viewed</li>
 </ul>

`}},shortClassName:"confluenceThemeRouteInterceptionsBean",type:"object",title:"Theme Routes",description:`

Defines each of the routes that the Theme module should override.

 The <code>url</code> field of each individual <a href="../theme-route-definition/">route definition</a>
 will be provided with context parameters for the particular route. For example, the <code>spaceview</code> route
 can have as a URL <code>/my-spaceview/{space.key}</code>,
 and the context parameter <code>space.key</code> is going to be replaced with the actual space key of the content being viewed.

 The context parameters <code>username</code> and <code>userkey</code> will be removed after GDPR deprecation period ends.

 Below is a list of all possible routes, and the context parameters associated with the route.

`,fieldDescription:`

Defines what routes to override for this Theme.
 See <a href="../theme-routes/">Theme Routes</a> for a description of each route,
 as well as the appropriate context parameters available for each route.

`},lookAndFeel:{$ref:"#/definitions/lookAndFeel",fieldDescription:`

The look and feel for the Theme

`},icon:{$ref:"#/definitions/icon",fieldDescription:`

An icon to display in the Theme selector in the Confluence administration screen. The icon will be resized to
 110px wide and 70px high to fit inside the Theme selector.

`},routeOverride:{type:"boolean",fieldDescription:`

A configuration to enable or disable route override. The default is true.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},description:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A description for the Theme. This will appear next to the icon in the Theme selector in the Confluence admininstration screen.

`},availableGlobally:{type:"boolean",fieldDescription:`

A configuration to make the theme available to select in global administration. The default is false.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","key"],not:{required:["unlicensedAccess"]}},minItems:1},v={properties:{bordersAndDividers:{$ref:"#/definitions/bordersAndDividers",fieldDescription:`

Declares styles to be applied on borders and dividers

`},headings:{$ref:"#/definitions/headings",fieldDescription:`

Declares styles to be applied on the headings of the content (HTML h1 to h6 tags)

`},header:{$ref:"#/definitions/header",fieldDescription:`

Declares styles to be applied on the header bar

`},links:{$ref:"#/definitions/links",fieldDescription:`

Declares styles to be applied on the links in the content (HTML a tags)

`},menus:{$ref:"#/definitions/menus",fieldDescription:`

Declares styles to be applied on menus, e.g. Space Tools menu, Action menu (expanding at the ellipsis)

`},content:{$ref:"#/definitions/content",fieldDescription:`

Declares styles to be applied on the content, including Page Content, Blogpost Content, Page Collector, Blogpost Collector

`}},required:["bordersAndDividers","headings","header","links","menus","content"],shortClassName:"lookAndFeelBean",type:"object",title:"LookAndFeel",description:`

Defines custom look and feel experience.

 <p><b>Example</b></p>





    {
      "headings": {
        "color": "#333333"
      },
      "links": {
        "color": "#3572B0"
      },
      "menus": {
        "hoverOrFocus": {
          "backgroundColor": "#3873AE"
        },
        "color": "#000000"
      },
      "bordersAndDividers": {
        "color": "#0D0E0E"
      },
      "header": {
        "backgroundColor": "#661F2D",
        "button": {
          "backgroundColor": "#894E59",
          "color": "#FFFFFF"
        },
        "primaryNavigation": {
          "hoverOrFocus": {
            "backgroundColor": "#863647",
            "color": "#FFFFFF"
          },
          "color": "#FFFFFF"
        },
        "secondaryNavigation": {
          "hoverOrFocus": {
            "backgroundColor": "#863647",
            "color": "#FFFFFF"
          },
          "color": "#000000"
        },
        "search": {
          "backgroundColor": "#9A636B",
          "color": "#FFFFFF"
        }
      },
      "content": {
        "screen": {
          "layer": {
            "width": "100%",
            "height": "250px",
            "backgroundImage": "url('http://path/to/img/skyline.jpg')",
            "backgroundSize": "cover",
            "backgroundRepeat": "no-repeat"
          },
          "gutterTop": "20px",
          "gutterRight": "small",
          "gutterBottom": "10px",
          "gutterLeft": "small",
          "background": "linear-gradient(45deg, rgba(176,104,112,1) 0%, rgba(244,212,216,1) 100%)"
        },
        "container": {
          "padding": "0 20px",
          "borderRadius": "10px",
          "background": "#F4D4D8"
        },
        "header": {
          "padding": "20px 0 90px 20px",
          "borderRadius": "5px 5px 0 0",
          "backgroundColor": "rgba(0, 0, 0, 0.2)"
        },
        "body": {
          "padding": "10px",
          "borderRadius": "0 0 5px 5px",
          "background": "#FFFFFF"
        }
      }
    }


`},N={properties:{color:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares the color to be applied to the borders and dividers.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`}},required:["color"],shortClassName:"bordersAndDividersBean",type:"object",title:"BordersAndDividers",description:`

Defines styles to be applied on the borders and dividers.

 <p><b>Example</b></p>





    {
      "color": "#0D0E0E"
    }


`},$=new RegExp("^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$","u");function L(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.color===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"color"},message:"must have required property 'color'",schema:N.required,parentSchema:N,data:n};e===null?e=[r]:e.push(r),t++}if(n.color!==void 0){let r=n.color;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:N.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type:"string"},message:"must be string",schema:N.properties.color.type,parentSchema:N.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:N.type,parentSchema:N,data:n};e===null?e=[r]:e.push(r),t++}return L.errors=e,t===0}var M={properties:{color:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied on the headings of the content (HTML h1 to h6 tags).<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`}},required:["color"],shortClassName:"headingsBean",type:"object",title:"Headings",description:`

Defines styles to be applied on the headings of the content (HTML h1 to b tags).

 <p><b>Example</b></p>





    {
      "color": "#333333"
    }


`};function H(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.color===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"color"},message:"must have required property 'color'",schema:M.required,parentSchema:M,data:n};e===null?e=[r]:e.push(r),t++}if(n.color!==void 0){let r=n.color;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:M.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type:"string"},message:"must be string",schema:M.properties.color.type,parentSchema:M.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:M.type,parentSchema:M,data:n};e===null?e=[r]:e.push(r),t++}return H.errors=e,t===0}var S={properties:{button:{$ref:"#/definitions/button",fieldDescription:`

Declares styles to be applied on the button on the header

`},backgroundColor:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied on the header background.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},primaryNavigation:{$ref:"#/definitions/primaryNavigation",fieldDescription:`

Declares styles to be applied on the primary navigation

`},search:{$ref:"#/definitions/search",fieldDescription:`

Declares styles to be applied on the search field

`},secondaryNavigation:{$ref:"#/definitions/secondaryNavigation",fieldDescription:`

Declares styles to be applied on the secondary navigation

`}},required:["button","backgroundColor","primaryNavigation","search","secondaryNavigation"],shortClassName:"headerBean",type:"object",title:"Header",description:`

Defines styles to be applied on the header.

 <p><b>Example</b></p>





    {
      "backgroundColor": "#661F2D",
      "button": {
        "backgroundColor": "#894E59",
        "color": "#FFFFFF"
      },
      "primaryNavigation": {
        "hoverOrFocus": {
          "backgroundColor": "#863647",
          "color": "#FFFFFF"
        },
        "color": "#FFFFFF"
      },
      "secondaryNavigation": {
        "hoverOrFocus": {
          "backgroundColor": "#863647",
          "color": "#FFFFFF"
        },
        "color": "#000000"
      },
      "search": {
        "backgroundColor": "#9A636B",
        "color": "#FFFFFF"
      }
    }


`},D={properties:{backgroundColor:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares the color to be applied to the button background.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},color:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares the color to be applied to the button text.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`}},required:["backgroundColor","color"],shortClassName:"buttonBean",type:"object",title:"Button",description:`

Defines styles to be applied on the button.

 <p><b>Example</b></p>





    {
      "backgroundColor": "#894E59",
      "color": "#FFFFFF"
    }


`};function U(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.backgroundColor===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"backgroundColor"},message:"must have required property 'backgroundColor'",schema:D.required,parentSchema:D,data:n};e===null?e=[r]:e.push(r),t++}if(n.color===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"color"},message:"must have required property 'color'",schema:D.required,parentSchema:D,data:n};e===null?e=[r]:e.push(r),t++}if(n.backgroundColor!==void 0){let r=n.backgroundColor;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:D.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:D.properties.backgroundColor.type,parentSchema:D.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}if(n.color!==void 0){let r=n.color;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:D.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type:"string"},message:"must be string",schema:D.properties.color.type,parentSchema:D.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:D.type,parentSchema:D,data:n};e===null?e=[r]:e.push(r),t++}return U.errors=e,t===0}var R={properties:{color:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares the color to be applied to the button background on the navigation.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},hoverOrFocus:{$ref:"#/definitions/hoverOrFocus",fieldDescription:`

Declares the style to be applied to the navigation when it is hovered or focused.

`}},required:["color","hoverOrFocus"],shortClassName:"primaryNavigationBean",type:"object",title:"PrimaryNavigation",description:`

Defines styles to be applied on the primary navigation.

 <p><b>Example</b></p>





    {
      "hoverOrFocus": {
        "backgroundColor": "#863647",
        "color": "#FFFFFF"
      },
      "color": "#FFFFFF"
    }


`},C={properties:{backgroundColor:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied on the background of the component when it is hovered or focused.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},color:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied on the text in the component when it is hovered or focused.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`}},required:["backgroundColor"],shortClassName:"hoverOrFocusBean",type:"object",description:`

`};function P(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.backgroundColor===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"backgroundColor"},message:"must have required property 'backgroundColor'",schema:C.required,parentSchema:C,data:n};e===null?e=[r]:e.push(r),t++}if(n.backgroundColor!==void 0){let r=n.backgroundColor;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:C.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:C.properties.backgroundColor.type,parentSchema:C.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}if(n.color!==void 0){let r=n.color;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:C.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type:"string"},message:"must be string",schema:C.properties.color.type,parentSchema:C.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:C.type,parentSchema:C,data:n};e===null?e=[r]:e.push(r),t++}return P.errors=e,t===0}function V(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.color===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"color"},message:"must have required property 'color'",schema:R.required,parentSchema:R,data:n};e===null?e=[r]:e.push(r),t++}if(n.hoverOrFocus===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"hoverOrFocus"},message:"must have required property 'hoverOrFocus'",schema:R.required,parentSchema:R,data:n};e===null?e=[r]:e.push(r),t++}if(n.color!==void 0){let r=n.color;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:R.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type:"string"},message:"must be string",schema:R.properties.color.type,parentSchema:R.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}n.hoverOrFocus!==void 0&&(P(n.hoverOrFocus,{instancePath:d+"/hoverOrFocus",parentData:n,parentDataProperty:"hoverOrFocus",rootData:a})||(e=e===null?P.errors:e.concat(P.errors),t=e.length))}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:R.type,parentSchema:R,data:n};e===null?e=[r]:e.push(r),t++}return V.errors=e,t===0}var x={properties:{backgroundColor:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied on the background of the search field.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},color:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied on the text in the search field.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`}},required:["backgroundColor","color"],shortClassName:"searchFieldBean",type:"object",title:"Search",description:`

Defines styles to be applied on the search field.

 <p><b>Example</b></p>





    {
      "backgroundColor": "#9A636B",
      "color": "#FFFFFF"
    }


`};function W(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.backgroundColor===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"backgroundColor"},message:"must have required property 'backgroundColor'",schema:x.required,parentSchema:x,data:n};e===null?e=[r]:e.push(r),t++}if(n.color===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"color"},message:"must have required property 'color'",schema:x.required,parentSchema:x,data:n};e===null?e=[r]:e.push(r),t++}if(n.backgroundColor!==void 0){let r=n.backgroundColor;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:x.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:x.properties.backgroundColor.type,parentSchema:x.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}if(n.color!==void 0){let r=n.color;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:x.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type:"string"},message:"must be string",schema:x.properties.color.type,parentSchema:x.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:x.type,parentSchema:x,data:n};e===null?e=[r]:e.push(r),t++}return W.errors=e,t===0}var q={properties:{color:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares the color to be applied to the button background on the navigation.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},hoverOrFocus:{$ref:"#/definitions/hoverOrFocus",fieldDescription:`

Declares the style to be applied to the navigation when it is hovered or focused.

`}},required:["color","hoverOrFocus"],shortClassName:"secondaryNavigationBean",type:"object",title:"SecondaryNavigation",description:`

Defines styles to be applied on the secondary navigation.

 <p><b>Example</b></p>





    {
      "hoverOrFocus": {
        "backgroundColor": "#863647",
        "color": "#FFFFFF"
      },
      "color": "#000000"
    }


`};function I(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.color===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"color"},message:"must have required property 'color'",schema:q.required,parentSchema:q,data:n};e===null?e=[r]:e.push(r),t++}if(n.hoverOrFocus===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"hoverOrFocus"},message:"must have required property 'hoverOrFocus'",schema:q.required,parentSchema:q,data:n};e===null?e=[r]:e.push(r),t++}if(n.color!==void 0){let r=n.color;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:q.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type:"string"},message:"must be string",schema:q.properties.color.type,parentSchema:q.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}n.hoverOrFocus!==void 0&&(P(n.hoverOrFocus,{instancePath:d+"/hoverOrFocus",parentData:n,parentDataProperty:"hoverOrFocus",rootData:a})||(e=e===null?P.errors:e.concat(P.errors),t=e.length))}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:q.type,parentSchema:q,data:n};e===null?e=[r]:e.push(r),t++}return I.errors=e,t===0}function G(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.button===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"button"},message:"must have required property 'button'",schema:S.required,parentSchema:S,data:n};e===null?e=[r]:e.push(r),t++}if(n.backgroundColor===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"backgroundColor"},message:"must have required property 'backgroundColor'",schema:S.required,parentSchema:S,data:n};e===null?e=[r]:e.push(r),t++}if(n.primaryNavigation===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"primaryNavigation"},message:"must have required property 'primaryNavigation'",schema:S.required,parentSchema:S,data:n};e===null?e=[r]:e.push(r),t++}if(n.search===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"search"},message:"must have required property 'search'",schema:S.required,parentSchema:S,data:n};e===null?e=[r]:e.push(r),t++}if(n.secondaryNavigation===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"secondaryNavigation"},message:"must have required property 'secondaryNavigation'",schema:S.required,parentSchema:S,data:n};e===null?e=[r]:e.push(r),t++}if(n.button!==void 0&&(U(n.button,{instancePath:d+"/button",parentData:n,parentDataProperty:"button",rootData:a})||(e=e===null?U.errors:e.concat(U.errors),t=e.length)),n.backgroundColor!==void 0){let r=n.backgroundColor;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:S.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:S.properties.backgroundColor.type,parentSchema:S.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}n.primaryNavigation!==void 0&&(V(n.primaryNavigation,{instancePath:d+"/primaryNavigation",parentData:n,parentDataProperty:"primaryNavigation",rootData:a})||(e=e===null?V.errors:e.concat(V.errors),t=e.length)),n.search!==void 0&&(W(n.search,{instancePath:d+"/search",parentData:n,parentDataProperty:"search",rootData:a})||(e=e===null?W.errors:e.concat(W.errors),t=e.length)),n.secondaryNavigation!==void 0&&(I(n.secondaryNavigation,{instancePath:d+"/secondaryNavigation",parentData:n,parentDataProperty:"secondaryNavigation",rootData:a})||(e=e===null?I.errors:e.concat(I.errors),t=e.length))}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:S.type,parentSchema:S,data:n};e===null?e=[r]:e.push(r),t++}return G.errors=e,t===0}var T={properties:{color:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied on the links.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`}},required:["color"],shortClassName:"linksBean",type:"object",title:"Links",description:`

Defines styles to be applied on the links.

 <p><b>Example</b></p>





    {
      "color": "#3572B0"
    }


`};function X(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.color===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"color"},message:"must have required property 'color'",schema:T.required,parentSchema:T,data:n};e===null?e=[r]:e.push(r),t++}if(n.color!==void 0){let r=n.color;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:T.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type:"string"},message:"must be string",schema:T.properties.color.type,parentSchema:T.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:T.type,parentSchema:T,data:n};e===null?e=[r]:e.push(r),t++}return X.errors=e,t===0}var z={properties:{color:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied on the text in the menus.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},hoverOrFocus:{$ref:"#/definitions/hoverOrFocus",fieldDescription:`

Declares style to be applied on the menu when it is hovered or focused.

`}},required:["color","hoverOrFocus"],shortClassName:"menusBean",type:"object",title:"Menus",description:`

Defines styles to be applied on menus.

 <p><b>Example</b></p>





    {
      "hoverOrFocus": {
        "backgroundColor": "#3873AE"
      },
      "color": "#000000"
    }


`};function _(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.color===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"color"},message:"must have required property 'color'",schema:z.required,parentSchema:z,data:n};e===null?e=[r]:e.push(r),t++}if(n.hoverOrFocus===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"hoverOrFocus"},message:"must have required property 'hoverOrFocus'",schema:z.required,parentSchema:z,data:n};e===null?e=[r]:e.push(r),t++}if(n.color!==void 0){let r=n.color;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/color",schemaPath:"#/properties/color/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:z.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/color",schemaPath:"#/properties/color/type",keyword:"type",params:{type:"string"},message:"must be string",schema:z.properties.color.type,parentSchema:z.properties.color,data:r};e===null?e=[s]:e.push(s),t++}}n.hoverOrFocus!==void 0&&(P(n.hoverOrFocus,{instancePath:d+"/hoverOrFocus",parentData:n,parentDataProperty:"hoverOrFocus",rootData:a})||(e=e===null?P.errors:e.concat(P.errors),t=e.length))}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:z.type,parentSchema:z,data:n};e===null?e=[r]:e.push(r),t++}return _.errors=e,t===0}var w={properties:{container:{$ref:"#/definitions/container",fieldDescription:`

Declares styles to be applied on the container of content view

`},screen:{$ref:"#/definitions/screen",fieldDescription:`

Declares styles to be applied on the underlay of content view

`},header:{$ref:"#/definitions/contentHeader",fieldDescription:`

Declares styles to be applied on the header of content view

`},body:{$ref:"#/definitions/body",fieldDescription:`

Declares styles to be applied on the body of content view

`}},required:["container","screen","header","body"],shortClassName:"contentBean",type:"object",title:"Content",description:`

Defines styles to be applied on the content view.

 <p><b>Example</b></p>





    {
      "screen": {
        "layer": {
          "width": "100%",
          "height": "250px",
          "backgroundImage": "url('http://path/to/img/skyline.jpg')",
          "backgroundSize": "cover",
          "backgroundRepeat": "no-repeat"
        },
        "gutterTop": "20px",
        "gutterRight": "small",
        "gutterBottom": "10px",
        "gutterLeft": "small",
        "background": "linear-gradient(45deg, rgba(176,104,112,1) 0%, rgba(244,212,216,1) 100%)"
      },
      "container": {
        "padding": "0 20px",
        "borderRadius": "10px",
        "background": "#F4D4D8"
      },
      "header": {
        "padding": "20px 0 90px 20px",
        "borderRadius": "5px 5px 0 0",
        "backgroundColor": "rgba(0, 0, 0, 0.2)"
      },
      "body": {
        "padding": "10px",
        "borderRadius": "0 0 5px 5px",
        "background": "#FFFFFF"
      }
    }


`},i={properties:{backgroundClip:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background clip property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-clip">background-clip</a> MDN reference for details.

`},padding:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",type:"string",fieldDescription:`

Declares the padding property to be applied on the container, body, header of content view.<br>
 The format of inputs should be in CSS style where the input can have from one to four elements
 followed by length units (em, ex, in, cm, mm, pt, pc, px) or percentage (%).<br>

`},backgroundColor:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied to the content background.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},backgroundAttachment:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background attachment property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-attachment">background-attachment</a> MDN reference for details.

`},borderRadius:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",type:"string",fieldDescription:`

Declares the border radius property to be applied on the container, body, header of content view.<br>
 The format of inputs should be in CSS style where the input can have from one to four elements
 followed by length units (em, ex, in, cm, mm, pt, pc, px) or percentage (%).<br>

`},background:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background shorthand property to set all the background properties in one declaration.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en/docs/Web/CSS/background">background</a> MDN reference for details.

`},backgroundImage:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background image property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-image">background-image</a> MDN reference for details.

`},backgroundSize:{pattern:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",type:"string",fieldDescription:`

Declares the CSS background repeat property to be applied for the content view.<br>
 Values must contain "auto", "cover", "contain", "initial", "inherit", length or percentage.<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-size">background-size</a> MDN reference for details.

`},backgroundPosition:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background position property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-position">background-position</a> MDN reference for details.

`},backgroundBlendMode:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background blend mode property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-blend-mode">background-blend-more</a> MDN reference for details.

`},backgroundRepeat:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background size property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-repeat">background-repeat</a> MDN reference for details.

`},backgroundOrigin:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background origin property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-origin">background-origin</a> MDN reference for details.

`}},required:["padding","borderRadius"],shortClassName:"containerBean",type:"object",title:"Container",description:`

<p>
  Defines styles to be applied to the container of content view.
 </p>
 <p>
  The supported properties include shorthand <i>background</i> and all CSS background properties.
  The keys are the camelCased versions of corresponding CSS properties, like <i>backgroundImage</i>,
  <i>backgroundColor</i>, <i>backgroundSize</i>, <i>backgroundPosition</i>, <i>backgroundRepeat</i>,
  <i>backgroundClip</i>, <i>backgroundOrigin</i>, <i>backgroundAttachment</i>, and <i>backgroundBlendMode</i>.
 </p>

 <p><b>Example</b></p>





    {
      "padding": "0 20px",
      "borderRadius": "10px",
      "background": "#F4D4D8"
    }


`},u=new RegExp("^((?![;|}]).)*$","u"),E=new RegExp("^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$","u"),j=new RegExp("auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$","u");function Y(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.padding===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"padding"},message:"must have required property 'padding'",schema:i.required,parentSchema:i,data:n};e===null?e=[r]:e.push(r),t++}if(n.borderRadius===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"borderRadius"},message:"must have required property 'borderRadius'",schema:i.required,parentSchema:i,data:n};e===null?e=[r]:e.push(r),t++}if(n.backgroundClip!==void 0){let r=n.backgroundClip;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundClip",schemaPath:"#/properties/backgroundClip/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:i.properties.backgroundClip,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundClip",schemaPath:"#/properties/backgroundClip/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.backgroundClip.type,parentSchema:i.properties.backgroundClip,data:r};e===null?e=[s]:e.push(s),t++}}if(n.padding!==void 0){let r=n.padding;if(typeof r=="string"){if(!E.test(r)){let s={instancePath:d+"/padding",schemaPath:"#/properties/padding/pattern",keyword:"pattern",params:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"},message:'must match pattern "^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"',schema:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",parentSchema:i.properties.padding,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/padding",schemaPath:"#/properties/padding/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.padding.type,parentSchema:i.properties.padding,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundColor!==void 0){let r=n.backgroundColor;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:i.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.backgroundColor.type,parentSchema:i.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundAttachment!==void 0){let r=n.backgroundAttachment;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundAttachment",schemaPath:"#/properties/backgroundAttachment/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:i.properties.backgroundAttachment,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundAttachment",schemaPath:"#/properties/backgroundAttachment/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.backgroundAttachment.type,parentSchema:i.properties.backgroundAttachment,data:r};e===null?e=[s]:e.push(s),t++}}if(n.borderRadius!==void 0){let r=n.borderRadius;if(typeof r=="string"){if(!E.test(r)){let s={instancePath:d+"/borderRadius",schemaPath:"#/properties/borderRadius/pattern",keyword:"pattern",params:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"},message:'must match pattern "^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"',schema:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",parentSchema:i.properties.borderRadius,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/borderRadius",schemaPath:"#/properties/borderRadius/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.borderRadius.type,parentSchema:i.properties.borderRadius,data:r};e===null?e=[s]:e.push(s),t++}}if(n.background!==void 0){let r=n.background;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/background",schemaPath:"#/properties/background/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:i.properties.background,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/background",schemaPath:"#/properties/background/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.background.type,parentSchema:i.properties.background,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundImage!==void 0){let r=n.backgroundImage;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundImage",schemaPath:"#/properties/backgroundImage/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:i.properties.backgroundImage,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundImage",schemaPath:"#/properties/backgroundImage/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.backgroundImage.type,parentSchema:i.properties.backgroundImage,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundSize!==void 0){let r=n.backgroundSize;if(typeof r=="string"){if(!j.test(r)){let s={instancePath:d+"/backgroundSize",schemaPath:"#/properties/backgroundSize/pattern",keyword:"pattern",params:{pattern:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"},message:'must match pattern "auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"',schema:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",parentSchema:i.properties.backgroundSize,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundSize",schemaPath:"#/properties/backgroundSize/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.backgroundSize.type,parentSchema:i.properties.backgroundSize,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundPosition!==void 0){let r=n.backgroundPosition;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundPosition",schemaPath:"#/properties/backgroundPosition/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:i.properties.backgroundPosition,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundPosition",schemaPath:"#/properties/backgroundPosition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.backgroundPosition.type,parentSchema:i.properties.backgroundPosition,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundBlendMode!==void 0){let r=n.backgroundBlendMode;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundBlendMode",schemaPath:"#/properties/backgroundBlendMode/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:i.properties.backgroundBlendMode,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundBlendMode",schemaPath:"#/properties/backgroundBlendMode/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.backgroundBlendMode.type,parentSchema:i.properties.backgroundBlendMode,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundRepeat!==void 0){let r=n.backgroundRepeat;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundRepeat",schemaPath:"#/properties/backgroundRepeat/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:i.properties.backgroundRepeat,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundRepeat",schemaPath:"#/properties/backgroundRepeat/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.backgroundRepeat.type,parentSchema:i.properties.backgroundRepeat,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundOrigin!==void 0){let r=n.backgroundOrigin;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundOrigin",schemaPath:"#/properties/backgroundOrigin/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:i.properties.backgroundOrigin,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundOrigin",schemaPath:"#/properties/backgroundOrigin/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.properties.backgroundOrigin.type,parentSchema:i.properties.backgroundOrigin,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.type,parentSchema:i,data:n};e===null?e=[r]:e.push(r),t++}return Y.errors=e,t===0}var o={properties:{gutterTop:{pattern:"none|default|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$",type:"string",fieldDescription:`

Declares the gutter top property to be applied on the content view.<br>
 The valid values include "none", "default", length or percentage.

`},backgroundColor:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied to the content background.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},backgroundAttachment:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background attachment property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-attachment">background-attachment</a> MDN reference for details.

`},backgroundImage:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background image property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-image">background-image</a> MDN reference for details.

`},layer:{$ref:"#/definitions/layer",fieldDescription:`

`},gutterRight:{pattern:"none|default|small|medium|large",type:"string",fieldDescription:`

Declares the gutter right property to be applied on the content view.<br>
 The valid values include "none", "default", "small", "medium", "large".<br>

`},gutterLeft:{pattern:"none|default|small|medium|large",type:"string",fieldDescription:`

Declares the gutter left property to be applied on the content view.<br>
 The valid values include "none", "default", "small", "medium", "large".

`},backgroundClip:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background clip property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-clip">background-clip</a> MDN reference for details.

`},background:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background shorthand property to set all the background properties in one declaration.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en/docs/Web/CSS/background">background</a> MDN reference for details.

`},backgroundSize:{pattern:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",type:"string",fieldDescription:`

Declares the CSS background repeat property to be applied for the content view.<br>
 Values must contain "auto", "cover", "contain", "initial", "inherit", length or percentage.<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-size">background-size</a> MDN reference for details.

`},backgroundPosition:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background position property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-position">background-position</a> MDN reference for details.

`},backgroundBlendMode:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background blend mode property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-blend-mode">background-blend-more</a> MDN reference for details.

`},backgroundRepeat:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background size property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-repeat">background-repeat</a> MDN reference for details.

`},backgroundOrigin:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background origin property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-origin">background-origin</a> MDN reference for details.

`},gutterBottom:{pattern:"none|default|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$",type:"string",fieldDescription:`

Declares the gutter bottom property to be applied on the content view.<br>
 The valid values include "none", "default", length or percentage.

`}},required:["gutterRight","gutterLeft","gutterTop","gutterBottom"],shortClassName:"screenBean",type:"object",title:"Screen",description:`

<p>
  Defines styles to be applied on the underlay of content view.
 </p>
 <p>
  The supported properties include shorthand <i>background</i> and all CSS background element properties.
  The keys are the camelCased versions of corresponding CSS properties, like <i>backgroundImage</i>,
  <i>backgroundColor</i>, <i>backgroundSize</i>, <i>backgroundPosition</i>, <i>backgroundRepeat</i>,
  <i>backgroundClip</i>, <i>backgroundOrigin</i>, <i>backgroundAttachment</i>, and <i>backgroundBlendMode</i>.
 </p>

 <p><b>Example</b></p>





    {
      "layer": {
        "width": "100%",
        "height": "250px",
        "backgroundImage": "url('http://path/to/img/skyline.jpg')",
        "backgroundSize": "cover",
        "backgroundRepeat": "no-repeat"
      },
      "gutterTop": "20px",
      "gutterRight": "small",
      "gutterBottom": "10px",
      "gutterLeft": "small",
      "background": "linear-gradient(45deg, rgba(176,104,112,1) 0%, rgba(244,212,216,1) 100%)"
    }


`},ue=new RegExp("none|default|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$","u"),me=new RegExp("none|default|small|medium|large","u"),p={properties:{backgroundClip:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background clip property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-clip">background-clip</a> MDN reference for details.

`},backgroundColor:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied to the content background.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},backgroundAttachment:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background attachment property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-attachment">background-attachment</a> MDN reference for details.

`},background:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background shorthand property to set all the background properties in one declaration.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en/docs/Web/CSS/background">background</a> MDN reference for details.

`},backgroundImage:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background image property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-image">background-image</a> MDN reference for details.

`},width:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$",type:"string",fieldDescription:`

Declares the width property to be applied on the layer of underlay of content view.<br>
 The format of inputs should be in CSS style where the input has only one element
 followed by length units (em, ex, in, cm, mm, pt, pc, px) or percentage (%).<br>

`},backgroundSize:{pattern:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",type:"string",fieldDescription:`

Declares the CSS background repeat property to be applied for the content view.<br>
 Values must contain "auto", "cover", "contain", "initial", "inherit", length or percentage.<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-size">background-size</a> MDN reference for details.

`},backgroundPosition:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background position property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-position">background-position</a> MDN reference for details.

`},backgroundBlendMode:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background blend mode property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-blend-mode">background-blend-more</a> MDN reference for details.

`},backgroundRepeat:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background size property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-repeat">background-repeat</a> MDN reference for details.

`},backgroundOrigin:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background origin property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-origin">background-origin</a> MDN reference for details.

`},height:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$",type:"string",fieldDescription:`

Declares the height property to be applied on the layer of underlay of content view.<br>
 The format of inputs should be in CSS style where the input has only one element
 followed by length units (em, ex, in, cm, mm, pt, pc, px) or percentage (%).<br>

`}},required:["width","height"],shortClassName:"layerScreenBean",type:"object",title:"Layer",description:`

<p>
  Defines styles to be applied on the layer of the underlay of content view.
 </p>
 <p>
  The supported properties include shorthand <i>background</i> and all CSS background properties.
  The keys are the camelCased versions of corresponding CSS properties, like <i>backgroundImage</i>,
  <i>backgroundColor</i>, <i>backgroundSize</i>, <i>backgroundPosition</i>, <i>backgroundRepeat</i>,
  <i>backgroundClip</i>, <i>backgroundOrigin</i>, <i>backgroundAttachment</i>, and <i>backgroundBlendMode</i>.
 </p>

 <p><b>Example</b></p>





    {
      "width": "100%",
      "height": "250px",
      "backgroundImage": "url('http://path/to/img/skyline.jpg')",
      "backgroundSize": "cover",
      "backgroundRepeat": "no-repeat"
    }


`},he=new RegExp("^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$","u");function Z(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.width===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"width"},message:"must have required property 'width'",schema:p.required,parentSchema:p,data:n};e===null?e=[r]:e.push(r),t++}if(n.height===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"height"},message:"must have required property 'height'",schema:p.required,parentSchema:p,data:n};e===null?e=[r]:e.push(r),t++}if(n.backgroundClip!==void 0){let r=n.backgroundClip;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundClip",schemaPath:"#/properties/backgroundClip/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:p.properties.backgroundClip,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundClip",schemaPath:"#/properties/backgroundClip/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.backgroundClip.type,parentSchema:p.properties.backgroundClip,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundColor!==void 0){let r=n.backgroundColor;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:p.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.backgroundColor.type,parentSchema:p.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundAttachment!==void 0){let r=n.backgroundAttachment;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundAttachment",schemaPath:"#/properties/backgroundAttachment/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:p.properties.backgroundAttachment,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundAttachment",schemaPath:"#/properties/backgroundAttachment/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.backgroundAttachment.type,parentSchema:p.properties.backgroundAttachment,data:r};e===null?e=[s]:e.push(s),t++}}if(n.background!==void 0){let r=n.background;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/background",schemaPath:"#/properties/background/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:p.properties.background,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/background",schemaPath:"#/properties/background/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.background.type,parentSchema:p.properties.background,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundImage!==void 0){let r=n.backgroundImage;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundImage",schemaPath:"#/properties/backgroundImage/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:p.properties.backgroundImage,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundImage",schemaPath:"#/properties/backgroundImage/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.backgroundImage.type,parentSchema:p.properties.backgroundImage,data:r};e===null?e=[s]:e.push(s),t++}}if(n.width!==void 0){let r=n.width;if(typeof r=="string"){if(!he.test(r)){let s={instancePath:d+"/width",schemaPath:"#/properties/width/pattern",keyword:"pattern",params:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$"},message:'must match pattern "^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$"',schema:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$",parentSchema:p.properties.width,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.width.type,parentSchema:p.properties.width,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundSize!==void 0){let r=n.backgroundSize;if(typeof r=="string"){if(!j.test(r)){let s={instancePath:d+"/backgroundSize",schemaPath:"#/properties/backgroundSize/pattern",keyword:"pattern",params:{pattern:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"},message:'must match pattern "auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"',schema:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",parentSchema:p.properties.backgroundSize,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundSize",schemaPath:"#/properties/backgroundSize/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.backgroundSize.type,parentSchema:p.properties.backgroundSize,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundPosition!==void 0){let r=n.backgroundPosition;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundPosition",schemaPath:"#/properties/backgroundPosition/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:p.properties.backgroundPosition,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundPosition",schemaPath:"#/properties/backgroundPosition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.backgroundPosition.type,parentSchema:p.properties.backgroundPosition,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundBlendMode!==void 0){let r=n.backgroundBlendMode;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundBlendMode",schemaPath:"#/properties/backgroundBlendMode/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:p.properties.backgroundBlendMode,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundBlendMode",schemaPath:"#/properties/backgroundBlendMode/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.backgroundBlendMode.type,parentSchema:p.properties.backgroundBlendMode,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundRepeat!==void 0){let r=n.backgroundRepeat;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundRepeat",schemaPath:"#/properties/backgroundRepeat/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:p.properties.backgroundRepeat,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundRepeat",schemaPath:"#/properties/backgroundRepeat/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.backgroundRepeat.type,parentSchema:p.properties.backgroundRepeat,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundOrigin!==void 0){let r=n.backgroundOrigin;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundOrigin",schemaPath:"#/properties/backgroundOrigin/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:p.properties.backgroundOrigin,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundOrigin",schemaPath:"#/properties/backgroundOrigin/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.backgroundOrigin.type,parentSchema:p.properties.backgroundOrigin,data:r};e===null?e=[s]:e.push(s),t++}}if(n.height!==void 0){let r=n.height;if(typeof r=="string"){if(!he.test(r)){let s={instancePath:d+"/height",schemaPath:"#/properties/height/pattern",keyword:"pattern",params:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$"},message:'must match pattern "^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$"',schema:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$",parentSchema:p.properties.height,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.height.type,parentSchema:p.properties.height,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.type,parentSchema:p,data:n};e===null?e=[r]:e.push(r),t++}return Z.errors=e,t===0}function K(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.gutterRight===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"gutterRight"},message:"must have required property 'gutterRight'",schema:o.required,parentSchema:o,data:n};e===null?e=[r]:e.push(r),t++}if(n.gutterLeft===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"gutterLeft"},message:"must have required property 'gutterLeft'",schema:o.required,parentSchema:o,data:n};e===null?e=[r]:e.push(r),t++}if(n.gutterTop===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"gutterTop"},message:"must have required property 'gutterTop'",schema:o.required,parentSchema:o,data:n};e===null?e=[r]:e.push(r),t++}if(n.gutterBottom===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"gutterBottom"},message:"must have required property 'gutterBottom'",schema:o.required,parentSchema:o,data:n};e===null?e=[r]:e.push(r),t++}if(n.gutterTop!==void 0){let r=n.gutterTop;if(typeof r=="string"){if(!ue.test(r)){let s={instancePath:d+"/gutterTop",schemaPath:"#/properties/gutterTop/pattern",keyword:"pattern",params:{pattern:"none|default|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$"},message:'must match pattern "none|default|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$"',schema:"none|default|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$",parentSchema:o.properties.gutterTop,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/gutterTop",schemaPath:"#/properties/gutterTop/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.gutterTop.type,parentSchema:o.properties.gutterTop,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundColor!==void 0){let r=n.backgroundColor;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:o.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.backgroundColor.type,parentSchema:o.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundAttachment!==void 0){let r=n.backgroundAttachment;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundAttachment",schemaPath:"#/properties/backgroundAttachment/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:o.properties.backgroundAttachment,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundAttachment",schemaPath:"#/properties/backgroundAttachment/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.backgroundAttachment.type,parentSchema:o.properties.backgroundAttachment,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundImage!==void 0){let r=n.backgroundImage;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundImage",schemaPath:"#/properties/backgroundImage/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:o.properties.backgroundImage,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundImage",schemaPath:"#/properties/backgroundImage/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.backgroundImage.type,parentSchema:o.properties.backgroundImage,data:r};e===null?e=[s]:e.push(s),t++}}if(n.layer!==void 0&&(Z(n.layer,{instancePath:d+"/layer",parentData:n,parentDataProperty:"layer",rootData:a})||(e=e===null?Z.errors:e.concat(Z.errors),t=e.length)),n.gutterRight!==void 0){let r=n.gutterRight;if(typeof r=="string"){if(!me.test(r)){let s={instancePath:d+"/gutterRight",schemaPath:"#/properties/gutterRight/pattern",keyword:"pattern",params:{pattern:"none|default|small|medium|large"},message:'must match pattern "none|default|small|medium|large"',schema:"none|default|small|medium|large",parentSchema:o.properties.gutterRight,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/gutterRight",schemaPath:"#/properties/gutterRight/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.gutterRight.type,parentSchema:o.properties.gutterRight,data:r};e===null?e=[s]:e.push(s),t++}}if(n.gutterLeft!==void 0){let r=n.gutterLeft;if(typeof r=="string"){if(!me.test(r)){let s={instancePath:d+"/gutterLeft",schemaPath:"#/properties/gutterLeft/pattern",keyword:"pattern",params:{pattern:"none|default|small|medium|large"},message:'must match pattern "none|default|small|medium|large"',schema:"none|default|small|medium|large",parentSchema:o.properties.gutterLeft,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/gutterLeft",schemaPath:"#/properties/gutterLeft/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.gutterLeft.type,parentSchema:o.properties.gutterLeft,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundClip!==void 0){let r=n.backgroundClip;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundClip",schemaPath:"#/properties/backgroundClip/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:o.properties.backgroundClip,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundClip",schemaPath:"#/properties/backgroundClip/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.backgroundClip.type,parentSchema:o.properties.backgroundClip,data:r};e===null?e=[s]:e.push(s),t++}}if(n.background!==void 0){let r=n.background;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/background",schemaPath:"#/properties/background/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:o.properties.background,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/background",schemaPath:"#/properties/background/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.background.type,parentSchema:o.properties.background,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundSize!==void 0){let r=n.backgroundSize;if(typeof r=="string"){if(!j.test(r)){let s={instancePath:d+"/backgroundSize",schemaPath:"#/properties/backgroundSize/pattern",keyword:"pattern",params:{pattern:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"},message:'must match pattern "auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"',schema:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",parentSchema:o.properties.backgroundSize,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundSize",schemaPath:"#/properties/backgroundSize/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.backgroundSize.type,parentSchema:o.properties.backgroundSize,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundPosition!==void 0){let r=n.backgroundPosition;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundPosition",schemaPath:"#/properties/backgroundPosition/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:o.properties.backgroundPosition,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundPosition",schemaPath:"#/properties/backgroundPosition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.backgroundPosition.type,parentSchema:o.properties.backgroundPosition,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundBlendMode!==void 0){let r=n.backgroundBlendMode;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundBlendMode",schemaPath:"#/properties/backgroundBlendMode/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:o.properties.backgroundBlendMode,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundBlendMode",schemaPath:"#/properties/backgroundBlendMode/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.backgroundBlendMode.type,parentSchema:o.properties.backgroundBlendMode,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundRepeat!==void 0){let r=n.backgroundRepeat;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundRepeat",schemaPath:"#/properties/backgroundRepeat/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:o.properties.backgroundRepeat,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundRepeat",schemaPath:"#/properties/backgroundRepeat/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.backgroundRepeat.type,parentSchema:o.properties.backgroundRepeat,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundOrigin!==void 0){let r=n.backgroundOrigin;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundOrigin",schemaPath:"#/properties/backgroundOrigin/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:o.properties.backgroundOrigin,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundOrigin",schemaPath:"#/properties/backgroundOrigin/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.backgroundOrigin.type,parentSchema:o.properties.backgroundOrigin,data:r};e===null?e=[s]:e.push(s),t++}}if(n.gutterBottom!==void 0){let r=n.gutterBottom;if(typeof r=="string"){if(!ue.test(r)){let s={instancePath:d+"/gutterBottom",schemaPath:"#/properties/gutterBottom/pattern",keyword:"pattern",params:{pattern:"none|default|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$"},message:'must match pattern "none|default|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$"',schema:"none|default|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))$",parentSchema:o.properties.gutterBottom,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/gutterBottom",schemaPath:"#/properties/gutterBottom/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.properties.gutterBottom.type,parentSchema:o.properties.gutterBottom,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.type,parentSchema:o,data:n};e===null?e=[r]:e.push(r),t++}return K.errors=e,t===0}var c={properties:{backgroundClip:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background clip property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-clip">background-clip</a> MDN reference for details.

`},padding:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",type:"string",fieldDescription:`

Declares the padding property to be applied on the container, body, header of content view.<br>
 The format of inputs should be in CSS style where the input can have from one to four elements
 followed by length units (em, ex, in, cm, mm, pt, pc, px) or percentage (%).<br>

`},backgroundColor:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied to the content background.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},backgroundAttachment:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background attachment property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-attachment">background-attachment</a> MDN reference for details.

`},borderRadius:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",type:"string",fieldDescription:`

Declares the border radius property to be applied on the container, body, header of content view.<br>
 The format of inputs should be in CSS style where the input can have from one to four elements
 followed by length units (em, ex, in, cm, mm, pt, pc, px) or percentage (%).<br>

`},background:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background shorthand property to set all the background properties in one declaration.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en/docs/Web/CSS/background">background</a> MDN reference for details.

`},backgroundImage:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background image property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-image">background-image</a> MDN reference for details.

`},backgroundSize:{pattern:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",type:"string",fieldDescription:`

Declares the CSS background repeat property to be applied for the content view.<br>
 Values must contain "auto", "cover", "contain", "initial", "inherit", length or percentage.<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-size">background-size</a> MDN reference for details.

`},backgroundPosition:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background position property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-position">background-position</a> MDN reference for details.

`},backgroundBlendMode:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background blend mode property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-blend-mode">background-blend-more</a> MDN reference for details.

`},backgroundRepeat:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background size property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-repeat">background-repeat</a> MDN reference for details.

`},backgroundOrigin:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background origin property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-origin">background-origin</a> MDN reference for details.

`}},required:["padding","borderRadius"],shortClassName:"contentHeaderBean",type:"object",title:"ContentHeader",description:`

<p>
  Defines styles to be applied on the header of content view.
 </p>
 <p>
  The supported properties include shorthand <i>background</i> and all CSS background properties.
  The keys are the camelCased versions of corresponding CSS properties, like <i>backgroundImage</i>,
  <i>backgroundColor</i>, <i>backgroundSize</i>, <i>backgroundPosition</i>, <i>backgroundRepeat</i>,
  <i>backgroundClip</i>, <i>backgroundOrigin</i>, <i>backgroundAttachment</i>, and <i>backgroundBlendMode</i>.
 </p>

 <h2>Example</h2>





    {
      "padding": "20px 0 90px 20px",
      "borderRadius": "5px 5px 0 0",
      "backgroundColor": "rgba(0, 0, 0, 0.2)"
    }


`};function J(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.padding===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"padding"},message:"must have required property 'padding'",schema:c.required,parentSchema:c,data:n};e===null?e=[r]:e.push(r),t++}if(n.borderRadius===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"borderRadius"},message:"must have required property 'borderRadius'",schema:c.required,parentSchema:c,data:n};e===null?e=[r]:e.push(r),t++}if(n.backgroundClip!==void 0){let r=n.backgroundClip;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundClip",schemaPath:"#/properties/backgroundClip/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:c.properties.backgroundClip,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundClip",schemaPath:"#/properties/backgroundClip/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.backgroundClip.type,parentSchema:c.properties.backgroundClip,data:r};e===null?e=[s]:e.push(s),t++}}if(n.padding!==void 0){let r=n.padding;if(typeof r=="string"){if(!E.test(r)){let s={instancePath:d+"/padding",schemaPath:"#/properties/padding/pattern",keyword:"pattern",params:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"},message:'must match pattern "^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"',schema:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",parentSchema:c.properties.padding,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/padding",schemaPath:"#/properties/padding/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.padding.type,parentSchema:c.properties.padding,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundColor!==void 0){let r=n.backgroundColor;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:c.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.backgroundColor.type,parentSchema:c.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundAttachment!==void 0){let r=n.backgroundAttachment;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundAttachment",schemaPath:"#/properties/backgroundAttachment/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:c.properties.backgroundAttachment,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundAttachment",schemaPath:"#/properties/backgroundAttachment/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.backgroundAttachment.type,parentSchema:c.properties.backgroundAttachment,data:r};e===null?e=[s]:e.push(s),t++}}if(n.borderRadius!==void 0){let r=n.borderRadius;if(typeof r=="string"){if(!E.test(r)){let s={instancePath:d+"/borderRadius",schemaPath:"#/properties/borderRadius/pattern",keyword:"pattern",params:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"},message:'must match pattern "^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"',schema:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",parentSchema:c.properties.borderRadius,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/borderRadius",schemaPath:"#/properties/borderRadius/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.borderRadius.type,parentSchema:c.properties.borderRadius,data:r};e===null?e=[s]:e.push(s),t++}}if(n.background!==void 0){let r=n.background;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/background",schemaPath:"#/properties/background/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:c.properties.background,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/background",schemaPath:"#/properties/background/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.background.type,parentSchema:c.properties.background,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundImage!==void 0){let r=n.backgroundImage;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundImage",schemaPath:"#/properties/backgroundImage/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:c.properties.backgroundImage,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundImage",schemaPath:"#/properties/backgroundImage/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.backgroundImage.type,parentSchema:c.properties.backgroundImage,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundSize!==void 0){let r=n.backgroundSize;if(typeof r=="string"){if(!j.test(r)){let s={instancePath:d+"/backgroundSize",schemaPath:"#/properties/backgroundSize/pattern",keyword:"pattern",params:{pattern:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"},message:'must match pattern "auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"',schema:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",parentSchema:c.properties.backgroundSize,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundSize",schemaPath:"#/properties/backgroundSize/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.backgroundSize.type,parentSchema:c.properties.backgroundSize,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundPosition!==void 0){let r=n.backgroundPosition;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundPosition",schemaPath:"#/properties/backgroundPosition/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:c.properties.backgroundPosition,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundPosition",schemaPath:"#/properties/backgroundPosition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.backgroundPosition.type,parentSchema:c.properties.backgroundPosition,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundBlendMode!==void 0){let r=n.backgroundBlendMode;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundBlendMode",schemaPath:"#/properties/backgroundBlendMode/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:c.properties.backgroundBlendMode,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundBlendMode",schemaPath:"#/properties/backgroundBlendMode/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.backgroundBlendMode.type,parentSchema:c.properties.backgroundBlendMode,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundRepeat!==void 0){let r=n.backgroundRepeat;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundRepeat",schemaPath:"#/properties/backgroundRepeat/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:c.properties.backgroundRepeat,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundRepeat",schemaPath:"#/properties/backgroundRepeat/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.backgroundRepeat.type,parentSchema:c.properties.backgroundRepeat,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundOrigin!==void 0){let r=n.backgroundOrigin;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundOrigin",schemaPath:"#/properties/backgroundOrigin/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:c.properties.backgroundOrigin,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundOrigin",schemaPath:"#/properties/backgroundOrigin/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.backgroundOrigin.type,parentSchema:c.properties.backgroundOrigin,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:c.type,parentSchema:c,data:n};e===null?e=[r]:e.push(r),t++}return J.errors=e,t===0}var l={properties:{backgroundClip:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background clip property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-clip">background-clip</a> MDN reference for details.

`},padding:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",type:"string",fieldDescription:`

Declares the padding property to be applied on the container, body, header of content view.<br>
 The format of inputs should be in CSS style where the input can have from one to four elements
 followed by length units (em, ex, in, cm, mm, pt, pc, px) or percentage (%).<br>

`},backgroundColor:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",type:"string",fieldDescription:`

Declares color to be applied to the content background.<br>
 The supported values include RGB(A), HSL(A), HEX codes, except for color names.<br>

`},backgroundAttachment:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background attachment property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-attachment">background-attachment</a> MDN reference for details.

`},borderRadius:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",type:"string",fieldDescription:`

Declares the border radius property to be applied on the container, body, header of content view.<br>
 The format of inputs should be in CSS style where the input can have from one to four elements
 followed by length units (em, ex, in, cm, mm, pt, pc, px) or percentage (%).<br>

`},background:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background shorthand property to set all the background properties in one declaration.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en/docs/Web/CSS/background">background</a> MDN reference for details.

`},backgroundImage:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background image property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-image">background-image</a> MDN reference for details.

`},backgroundSize:{pattern:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",type:"string",fieldDescription:`

Declares the CSS background repeat property to be applied for the content view.<br>
 Values must contain "auto", "cover", "contain", "initial", "inherit", length or percentage.<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-size">background-size</a> MDN reference for details.

`},backgroundPosition:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background position property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-position">background-position</a> MDN reference for details.

`},backgroundBlendMode:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background blend mode property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-blend-mode">background-blend-more</a> MDN reference for details.

`},backgroundRepeat:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background size property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-repeat">background-repeat</a> MDN reference for details.

`},backgroundOrigin:{pattern:"^((?![;|}]).)*$",type:"string",fieldDescription:`

Declares the CSS background origin property to be applied for the content view.<br>
 Values must not contain semi-colon ";" and curly bracket "}".<br>
 See the <a href="https://developer.mozilla.org/en-US/docs/Web/CSS/background-origin">background-origin</a> MDN reference for details.

`}},required:["padding","borderRadius"],shortClassName:"contentBodyBean",type:"object",title:"Body",description:`

<p>
  Defines styles to be applied on the body of content view.
 </p>
 <p>
  The supported properties include <i>background</i> shorthand property and all CSS background element properties.
  The keys are the camelCased versions of corresponding CSS properties, like <i>backgroundImage</i>,
  <i>backgroundColor</i>, <i>backgroundSize</i>, <i>backgroundPosition</i>, <i>backgroundRepeat</i>,
  <i>backgroundClip</i>, <i>backgroundOrigin</i>, <i>backgroundAttachment</i>, and <i>backgroundBlendMode</i>.
 </p>

 <p><b>Example</b></p>





    {
      "padding": "10px",
      "borderRadius": "0 0 5px 5px",
      "background": "#FFFFFF"
    }


`};function Q(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.padding===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"padding"},message:"must have required property 'padding'",schema:l.required,parentSchema:l,data:n};e===null?e=[r]:e.push(r),t++}if(n.borderRadius===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"borderRadius"},message:"must have required property 'borderRadius'",schema:l.required,parentSchema:l,data:n};e===null?e=[r]:e.push(r),t++}if(n.backgroundClip!==void 0){let r=n.backgroundClip;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundClip",schemaPath:"#/properties/backgroundClip/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:l.properties.backgroundClip,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundClip",schemaPath:"#/properties/backgroundClip/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.backgroundClip.type,parentSchema:l.properties.backgroundClip,data:r};e===null?e=[s]:e.push(s),t++}}if(n.padding!==void 0){let r=n.padding;if(typeof r=="string"){if(!E.test(r)){let s={instancePath:d+"/padding",schemaPath:"#/properties/padding/pattern",keyword:"pattern",params:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"},message:'must match pattern "^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"',schema:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",parentSchema:l.properties.padding,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/padding",schemaPath:"#/properties/padding/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.padding.type,parentSchema:l.properties.padding,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundColor!==void 0){let r=n.backgroundColor;if(typeof r=="string"){if(!$.test(r)){let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/pattern",keyword:"pattern",params:{pattern:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"},message:'must match pattern "^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$"',schema:"^#([\\da-fA-F]){3}$|^#([\\da-fA-F]){6}$|^rgb\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*\\)$|^rgba\\(\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*(0|[1-9]\\d?|1\\d\\d?|2[0-4]\\d|25[0-5])\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$|^rgb\\((\\d+)%,\\s*(\\d+)%,\\s*(\\d+)%\\)$|^hsl\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*\\)$|^hsla\\(\\s*(0|[1-9]\\d?|[12]\\d\\d|3[0-5]\\d)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0|[1-9]\\d?|100)%)\\s*,\\s*((0.[0-9]*)|[01])\\s*\\)$",parentSchema:l.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundColor",schemaPath:"#/properties/backgroundColor/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.backgroundColor.type,parentSchema:l.properties.backgroundColor,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundAttachment!==void 0){let r=n.backgroundAttachment;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundAttachment",schemaPath:"#/properties/backgroundAttachment/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:l.properties.backgroundAttachment,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundAttachment",schemaPath:"#/properties/backgroundAttachment/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.backgroundAttachment.type,parentSchema:l.properties.backgroundAttachment,data:r};e===null?e=[s]:e.push(s),t++}}if(n.borderRadius!==void 0){let r=n.borderRadius;if(typeof r=="string"){if(!E.test(r)){let s={instancePath:d+"/borderRadius",schemaPath:"#/properties/borderRadius/pattern",keyword:"pattern",params:{pattern:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"},message:'must match pattern "^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"',schema:"^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",parentSchema:l.properties.borderRadius,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/borderRadius",schemaPath:"#/properties/borderRadius/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.borderRadius.type,parentSchema:l.properties.borderRadius,data:r};e===null?e=[s]:e.push(s),t++}}if(n.background!==void 0){let r=n.background;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/background",schemaPath:"#/properties/background/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:l.properties.background,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/background",schemaPath:"#/properties/background/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.background.type,parentSchema:l.properties.background,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundImage!==void 0){let r=n.backgroundImage;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundImage",schemaPath:"#/properties/backgroundImage/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:l.properties.backgroundImage,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundImage",schemaPath:"#/properties/backgroundImage/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.backgroundImage.type,parentSchema:l.properties.backgroundImage,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundSize!==void 0){let r=n.backgroundSize;if(typeof r=="string"){if(!j.test(r)){let s={instancePath:d+"/backgroundSize",schemaPath:"#/properties/backgroundSize/pattern",keyword:"pattern",params:{pattern:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"},message:'must match pattern "auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$"',schema:"auto|cover|contain|initial|inherit|^(0|(\\d*)(em|ex|in|cm|mm|pt|pc|px|%))( 0| (\\d*)(em|ex|in|cm|mm|pt|pc|px|%)){0,3}$",parentSchema:l.properties.backgroundSize,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundSize",schemaPath:"#/properties/backgroundSize/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.backgroundSize.type,parentSchema:l.properties.backgroundSize,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundPosition!==void 0){let r=n.backgroundPosition;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundPosition",schemaPath:"#/properties/backgroundPosition/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:l.properties.backgroundPosition,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundPosition",schemaPath:"#/properties/backgroundPosition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.backgroundPosition.type,parentSchema:l.properties.backgroundPosition,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundBlendMode!==void 0){let r=n.backgroundBlendMode;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundBlendMode",schemaPath:"#/properties/backgroundBlendMode/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:l.properties.backgroundBlendMode,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundBlendMode",schemaPath:"#/properties/backgroundBlendMode/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.backgroundBlendMode.type,parentSchema:l.properties.backgroundBlendMode,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundRepeat!==void 0){let r=n.backgroundRepeat;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundRepeat",schemaPath:"#/properties/backgroundRepeat/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:l.properties.backgroundRepeat,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundRepeat",schemaPath:"#/properties/backgroundRepeat/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.backgroundRepeat.type,parentSchema:l.properties.backgroundRepeat,data:r};e===null?e=[s]:e.push(s),t++}}if(n.backgroundOrigin!==void 0){let r=n.backgroundOrigin;if(typeof r=="string"){if(!u.test(r)){let s={instancePath:d+"/backgroundOrigin",schemaPath:"#/properties/backgroundOrigin/pattern",keyword:"pattern",params:{pattern:"^((?![;|}]).)*$"},message:'must match pattern "^((?![;|}]).)*$"',schema:"^((?![;|}]).)*$",parentSchema:l.properties.backgroundOrigin,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/backgroundOrigin",schemaPath:"#/properties/backgroundOrigin/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.backgroundOrigin.type,parentSchema:l.properties.backgroundOrigin,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.type,parentSchema:l,data:n};e===null?e=[r]:e.push(r),t++}return Q.errors=e,t===0}function ee(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.container===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"container"},message:"must have required property 'container'",schema:w.required,parentSchema:w,data:n};e===null?e=[r]:e.push(r),t++}if(n.screen===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"screen"},message:"must have required property 'screen'",schema:w.required,parentSchema:w,data:n};e===null?e=[r]:e.push(r),t++}if(n.header===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"header"},message:"must have required property 'header'",schema:w.required,parentSchema:w,data:n};e===null?e=[r]:e.push(r),t++}if(n.body===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"body"},message:"must have required property 'body'",schema:w.required,parentSchema:w,data:n};e===null?e=[r]:e.push(r),t++}n.container!==void 0&&(Y(n.container,{instancePath:d+"/container",parentData:n,parentDataProperty:"container",rootData:a})||(e=e===null?Y.errors:e.concat(Y.errors),t=e.length)),n.screen!==void 0&&(K(n.screen,{instancePath:d+"/screen",parentData:n,parentDataProperty:"screen",rootData:a})||(e=e===null?K.errors:e.concat(K.errors),t=e.length)),n.header!==void 0&&(J(n.header,{instancePath:d+"/header",parentData:n,parentDataProperty:"header",rootData:a})||(e=e===null?J.errors:e.concat(J.errors),t=e.length)),n.body!==void 0&&(Q(n.body,{instancePath:d+"/body",parentData:n,parentDataProperty:"body",rootData:a})||(e=e===null?Q.errors:e.concat(Q.errors),t=e.length))}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:w.type,parentSchema:w,data:n};e===null?e=[r]:e.push(r),t++}return ee.errors=e,t===0}function re(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.bordersAndDividers===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"bordersAndDividers"},message:"must have required property 'bordersAndDividers'",schema:v.required,parentSchema:v,data:n};e===null?e=[r]:e.push(r),t++}if(n.headings===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"headings"},message:"must have required property 'headings'",schema:v.required,parentSchema:v,data:n};e===null?e=[r]:e.push(r),t++}if(n.header===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"header"},message:"must have required property 'header'",schema:v.required,parentSchema:v,data:n};e===null?e=[r]:e.push(r),t++}if(n.links===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"links"},message:"must have required property 'links'",schema:v.required,parentSchema:v,data:n};e===null?e=[r]:e.push(r),t++}if(n.menus===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"menus"},message:"must have required property 'menus'",schema:v.required,parentSchema:v,data:n};e===null?e=[r]:e.push(r),t++}if(n.content===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"content"},message:"must have required property 'content'",schema:v.required,parentSchema:v,data:n};e===null?e=[r]:e.push(r),t++}n.bordersAndDividers!==void 0&&(L(n.bordersAndDividers,{instancePath:d+"/bordersAndDividers",parentData:n,parentDataProperty:"bordersAndDividers",rootData:a})||(e=e===null?L.errors:e.concat(L.errors),t=e.length)),n.headings!==void 0&&(H(n.headings,{instancePath:d+"/headings",parentData:n,parentDataProperty:"headings",rootData:a})||(e=e===null?H.errors:e.concat(H.errors),t=e.length)),n.header!==void 0&&(G(n.header,{instancePath:d+"/header",parentData:n,parentDataProperty:"header",rootData:a})||(e=e===null?G.errors:e.concat(G.errors),t=e.length)),n.links!==void 0&&(X(n.links,{instancePath:d+"/links",parentData:n,parentDataProperty:"links",rootData:a})||(e=e===null?X.errors:e.concat(X.errors),t=e.length)),n.menus!==void 0&&(_(n.menus,{instancePath:d+"/menus",parentData:n,parentDataProperty:"menus",rootData:a})||(e=e===null?_.errors:e.concat(_.errors),t=e.length)),n.content!==void 0&&(ee(n.content,{instancePath:d+"/content",parentData:n,parentDataProperty:"content",rootData:a})||(e=e===null?ee.errors:e.concat(ee.errors),t=e.length))}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:v.type,parentSchema:v,data:n};e===null?e=[r]:e.push(r),t++}return re.errors=e,t===0}var F={properties:{width:{type:"integer",fieldDescription:`

The width in pixels of the icon image.

`},url:{type:"string",fieldDescription:`

The URL of the icon. Your icon needs to be hosted remotely at a web-accessible location. You can specify the
 URL as an absolute URL or relative to the add-on's base URL.

`},height:{type:"integer",fieldDescription:`

The height in pixels of the icon image.

`}},required:["url"],shortClassName:"iconBean",type:"object",title:"Icon",description:`

Defines an icon to display.

 <h3>Example</h3>





    {
      "icon": {
        "width": 16,
        "height": 16,
        "url": "/my-icon.png"
      }
    }


`};function se(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.url===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:F.required,parentSchema:F,data:n};e===null?e=[r]:e.push(r),t++}if(n.width!==void 0){let r=n.width;if(!(typeof r=="number"&&!(r%1)&&!isNaN(r))){let s={instancePath:d+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:F.properties.width.type,parentSchema:F.properties.width,data:r};e===null?e=[s]:e.push(s),t++}}if(n.url!==void 0){let r=n.url;if(typeof r!="string"){let s={instancePath:d+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:F.properties.url.type,parentSchema:F.properties.url,data:r};e===null?e=[s]:e.push(s),t++}}if(n.height!==void 0){let r=n.height;if(!(typeof r=="number"&&!(r%1)&&!isNaN(r))){let s={instancePath:d+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:F.properties.height.type,parentSchema:F.properties.height,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:F.type,parentSchema:F,data:n};e===null?e=[r]:e.push(r),t++}return se.errors=e,t===0}var A={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

The localization key for the human-readable value.
 <a href="../../internationalization/">Translations</a> for the keys are defined at the top level of the
 <a href="../../add-on-descriptor/">add-on descriptor</a>.

`}},required:["value"],shortClassName:"i18nProperty",type:"object",title:"i18n Property",description:`

Represents a string that can be resolved via a localization properties file. You can use the same \`i18n Property\` key
 and value in multiple places if you like, but identical keys must have identical values.

 <h3>Example</h3>





    {
      "value": "My text"
    }


`},ge=le().default;function O(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let r={instancePath:d,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:A.required,parentSchema:A,data:n};e===null?e=[r]:e.push(r),t++}if(n.value!==void 0){let r=n.value;if(typeof r=="string"){if(ge(r)>1500){let s={instancePath:d+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:A.properties.value,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:A.properties.value.type,parentSchema:A.properties.value,data:r};e===null?e=[s]:e.push(s),t++}}if(n.i18n!==void 0){let r=n.i18n;if(typeof r=="string"){if(ge(r)>300){let s={instancePath:d+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:A.properties.i18n,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:d+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:A.properties.i18n.type,parentSchema:A.properties.i18n,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:A.type,parentSchema:A,data:n};e===null?e=[r]:e.push(r),t++}return O.errors=e,t===0}var ae={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},ye=new RegExp("^[a-zA-Z0-9_-]+$","u");function ne(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(typeof n=="string"){if(!ye.test(n)){let r={instancePath:d,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:ae,data:n};e===null?e=[r]:e.push(r),t++}}else{let r={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:ae.type,parentSchema:ae,data:n};e===null?e=[r]:e.push(r),t++}return ne.errors=e,t===0}function te(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;if(Array.isArray(n)){if(n.length<1){let y={instancePath:d,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:f,data:n};e===null?e=[y]:e.push(y),t++}let s=n.length;for(let y=0;y<s;y++){let m=n[y],de=t,be=t;if(m&&typeof m=="object"&&!Array.isArray(m)){let b;if(m.unlicensedAccess===void 0&&(b="unlicensedAccess")){let k={};e===null?e=[k]:e.push(k),t++}}var r=be===t;if(r){let b={instancePath:d+"/"+y,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:f.items.not,parentSchema:f.items,data:m};e===null?e=[b]:e.push(b),t++}else t=de,e!==null&&(de?e.length=de:e=null);if(m&&typeof m=="object"&&!Array.isArray(m)){if(m.name===void 0){let b={instancePath:d+"/"+y,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:f.items.required,parentSchema:f.items,data:m};e===null?e=[b]:e.push(b),t++}if(m.key===void 0){let b={instancePath:d+"/"+y,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:f.items.required,parentSchema:f.items,data:m};e===null?e=[b]:e.push(b),t++}if(m.routes!==void 0){let b=m.routes;if(b&&typeof b=="object"&&!Array.isArray(b)){if(b.spaceview!==void 0){let k=b.spaceview;if(k&&typeof k=="object"&&!Array.isArray(k)){if(k.url===void 0){let B={instancePath:d+"/"+y+"/routes/spaceview",schemaPath:"#/items/properties/routes/properties/spaceview/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:f.items.properties.routes.properties.spaceview.required,parentSchema:f.items.properties.routes.properties.spaceview,data:k};e===null?e=[B]:e.push(B),t++}if(k.url!==void 0){let B=k.url;if(typeof B!="string"){let pe={instancePath:d+"/"+y+"/routes/spaceview/url",schemaPath:"#/items/properties/routes/properties/spaceview/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.items.properties.routes.properties.spaceview.properties.url.type,parentSchema:f.items.properties.routes.properties.spaceview.properties.url,data:B};e===null?e=[pe]:e.push(pe),t++}}}else{let B={instancePath:d+"/"+y+"/routes/spaceview",schemaPath:"#/items/properties/routes/properties/spaceview/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.items.properties.routes.properties.spaceview.type,parentSchema:f.items.properties.routes.properties.spaceview,data:k};e===null?e=[B]:e.push(B),t++}}}else{let k={instancePath:d+"/"+y+"/routes",schemaPath:"#/items/properties/routes/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.items.properties.routes.type,parentSchema:f.items.properties.routes,data:b};e===null?e=[k]:e.push(k),t++}}if(m.lookAndFeel!==void 0&&(re(m.lookAndFeel,{instancePath:d+"/"+y+"/lookAndFeel",parentData:m,parentDataProperty:"lookAndFeel",rootData:a})||(e=e===null?re.errors:e.concat(re.errors),t=e.length)),m.icon!==void 0&&(se(m.icon,{instancePath:d+"/"+y+"/icon",parentData:m,parentDataProperty:"icon",rootData:a})||(e=e===null?se.errors:e.concat(se.errors),t=e.length)),m.routeOverride!==void 0){let b=m.routeOverride;if(typeof b!="boolean"){let k={instancePath:d+"/"+y+"/routeOverride",schemaPath:"#/items/properties/routeOverride/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:f.items.properties.routeOverride.type,parentSchema:f.items.properties.routeOverride,data:b};e===null?e=[k]:e.push(k),t++}}if(m.name!==void 0&&(O(m.name,{instancePath:d+"/"+y+"/name",parentData:m,parentDataProperty:"name",rootData:a})||(e=e===null?O.errors:e.concat(O.errors),t=e.length)),m.description!==void 0&&(O(m.description,{instancePath:d+"/"+y+"/description",parentData:m,parentDataProperty:"description",rootData:a})||(e=e===null?O.errors:e.concat(O.errors),t=e.length)),m.availableGlobally!==void 0){let b=m.availableGlobally;if(typeof b!="boolean"){let k={instancePath:d+"/"+y+"/availableGlobally",schemaPath:"#/items/properties/availableGlobally/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:f.items.properties.availableGlobally.type,parentSchema:f.items.properties.availableGlobally,data:b};e===null?e=[k]:e.push(k),t++}}m.key!==void 0&&(ne(m.key,{instancePath:d+"/"+y+"/key",parentData:m,parentDataProperty:"key",rootData:a})||(e=e===null?ne.errors:e.concat(ne.errors),t=e.length))}}}else{let s={instancePath:d,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:f.type,parentSchema:f,data:n};e===null?e=[s]:e.push(s),t++}return te.errors=e,t===0}function ie(n,{instancePath:d="",parentData:g,parentDataProperty:h,rootData:a=n}={}){let e=null,t=0;return te(n,{instancePath:d,parentData:g,parentDataProperty:h,rootData:a})||(e=e===null?te.errors:e.concat(te.errors),t=e.length),ie.errors=e,t===0}
