"use strict";var ie=(a,i)=>()=>{try{return i||a((i={exports:{}}).exports,i),i.exports}catch(A){throw i=0,A}};var Q=ie(F=>{"use strict";Object.defineProperty(F,"__esModule",{value:!0});function K(a){let i=a.length,A=0,x=0,w;for(;x<i;)A++,w=a.charCodeAt(x++),w>=55296&&w<=56319&&x<i&&(w=a.charCodeAt(x),(w&64512)===56320&&x++);return A}F.default=K;K.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=$;module.exports.default=$;var n={type:"array",items:{properties:{styleClasses:{items:{pattern:"^[_a-zA-Z]+[_a-zA-Z0-9-]*$",maxLength:1e3,type:"string"},type:"array",fieldDescription:`

Specifies custom styles for the web item target page, if desired. By default, the web item content gets
 styled in the default style of the target application.
 It must only contain alphanumeric characters, dashes, underscores
 and must only start with alpha characters or underscores.

`},tooltip:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The internationalised text to be used in the link's tooltip.

`},icon:{$ref:"#/definitions/icon",fieldDescription:`

An optional icon to display with the link text or as the link, specified by URL to its hosted location.
 You can specify a particular width and height for the icon. Most link icons in Atlassian applications
 are 16 by 16 pixels.

`},weight:{type:"integer",fieldDescription:`

Determines the order in which the web item appears in the menu or list.

 The "lightest" weight (i.e., lowest number) appears first, rising relative to other items,
 while the "heaviest" weights sink to the bottom of the menu or list.

 Built-in web items have weights that are incremented by numbers that leave room for additional
 items, such as by 10 or 100. Be mindful of the weight you choose for your item, so that it appears
 in a sensible order given existing items.

`,defaultValue:"100"},params:{additionalProperties:!0,type:"object",fieldTitle:"Object",fieldDescription:`

This object represents a map of key/value pairs, where each property name and value corresponds to the parameter name and value respectively.

 <p><b>Example</b></p>





    {
      "params": {
        "someOtherProperty": "someValue",
        "myCustomProperty": "myValue"
      }
    }


`},url:{type:"string",fieldDescription:`

Specifies the destination of the web item. The interpretation of this field depends on the value of the
 <pre>context</pre> field.

 <p>
     This field is required if the <code>target</code> of the item is not a
     <a href="../dialog/"><code>Dialog Module</code></a>.
 </p>

 Your add-on can receive [additional context](../../context-parameters/) from the application by
 using variable tokens in the URL attribute.

`},target:{properties:{options:{type:"object",fieldDescription:`

<p>An object containing options which vary based on the type of web item target you are implementing.</p>

 <p>Currently-allowed options are:</p>
 <ul>
     <li><a href="../inline-dialog-options/">Inline Dialog Options</a> when type is "inlinedialog", and</li>
     <li><a href="../dialog-options/">Dialog Options</a> when type is "dialog"</li>
     <li><a href="../dialog-module-options/">Dialog Module Options</a> when type is "dialogmodule"</li>
 </ul>

`,anyOf:[{properties:{offsetX:{maxLength:10,type:"string",fieldDescription:`

Sets an offset distance of the inline-dialog from the trigger element along the x-axis in pixels

`},offsetY:{maxLength:10,type:"string",fieldDescription:`

Sets an offset distance of the inline-dialog from the trigger element along the y-axis in pixels

`},width:{maxLength:10,type:"string",fieldDescription:`

Sets how wide the dialog is in pixels.

`},onTop:{type:"boolean",fieldDescription:`

Determines if the dialog should be shown above the trigger or not. If this option is true but there is insufficient room above the trigger the inline-dialog will be flipped to display below it

`},showDelay:{type:"integer",fieldDescription:`

Determines how long in milliseconds after a show trigger is fired (such as a trigger click) until the dialog is shown

`},closeOthers:{type:"boolean",fieldDescription:`

Determines if all other dialogs on the screen are closed when this one is opened

`},persistent:{type:"boolean",fieldDescription:`

This option, ignores the 'closeOthers' option

`},onHover:{type:"boolean",fieldDescription:`

Determines whether the inline-Dialog will show on a mouseOver or mouseClick of the trigger

`},isRelativeToMouse:{type:"boolean",fieldDescription:`

Determines if the dialog should be shown relative to where the mouse is at the time of the event trigger (normally a click) if set to false the dialog will show aligned to the left of the trigger with the arrow showing at the center

`}},shortClassName:"inlineDialogOptions",type:"object",title:"Inline Dialog Options",description:`

Options for an inline dialog target

 <h3>Example</h3>





    {
      "target": {
        "type": "inlinedialog",
        "options": {
          "onHover": true,
          "offsetX": "30px",
          "offsetY": "20px"
        }
      }
    }


`},{properties:{key:{maxLength:100,type:"string",fieldDescription:`

<p>The key of a <a href="../dialog/">Dialog</a> module declared in this Connect add-on.</p>

 <p>
 The dialog module will include the <a href="../dialog-options/">Dialog Options</a>
 that would otherwise need to be specified directly in this options object.
 </p>

`}},required:["key"],shortClassName:"dialogModuleOptions",type:"object",title:"Dialog Module Options",description:`

Options for a web-item targeting a common <a href="../dialog/">dialog module</a>.

 <h3>Example</h3>





    {
      "target": {
        "type": "dialogmodule",
        "options": {
          "key": "dialog-module-key"
        }
      }
    }


`},{properties:{size:{enum:["small","SMALL","medium","MEDIUM","large","LARGE","x-large","X-LARGE","fullscreen","FULLSCREEN","maximum","MAXIMUM"],type:"string",fieldDescription:`

Sets the size of the dialog.

 <p>
     This option is used instead of the 'height' and 'width' options.
 </p>

`},chrome:{type:"boolean",fieldDescription:`

Whether the dialog should contain the AUI header and buttons.

`,defaultValue:"true"},width:{maxLength:10,type:"string",fieldDescription:`

Sets how wide the dialog is in pixels.

`},header:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The header text for the dialog, if chrome is enabled.

`},height:{maxLength:10,type:"string",fieldDescription:`

Sets how high the dialog is in pixels

`}},shortClassName:"dialogOptions",type:"object",title:"Dialog Options",description:`

Options for a modal dialog <a href="../web-item-target/">web item target</a> or <a href="../dialog/">common module</a>.

 <p>
     These options are a subset of those available via the <a href="../../jsapi/dialog/">JavaScript API</a>.
 </p>

 <h2>Web Item Example</h2>





    {
      "target": {
        "type": "dialog",
        "options": {
          "height": "100px",
          "width": "200px"
        }
      }
    }




 <h2>Dialog Example</h2>





    {
      "modules": {
        "dialogs": [
          {
            "url": "/my-dialog-content",
            "options": {
              "size": "fullscreen",
              "header": {
                "value": "Example Dialog"
              }
            },
            "key": "dialog-module-key"
          }
        ]
      }
    }


`}]},type:{enum:["page","PAGE","dialog","DIALOG","inlinedialog","INLINEDIALOG","dialogmodule","DIALOGMODULE"],type:"string",fieldDescription:`

Defines how the web-item content should be loaded by the page. By default, the web-item is loaded in the same
 page. The target can be set to open the web-item url as a modal dialog or an inline dialog.

`,defaultValue:"page"}},shortClassName:"webItemTargetBean",type:"object",title:"Web Item Target",description:`

Defines the way a <a href="../web-item/">web item</a> link is opened in the browser, such as in a modal or inline dialog.

 <h2>Inline Dialog Example</h2>





    {
      "target": {
        "type": "inlinedialog",
        "options": {
          "onHover": true,
          "offsetX": "30px",
          "offsetY": "20px"
        }
      }
    }




 <h2>Dialog Example</h2>





    {
      "target": {
        "type": "dialog",
        "options": {
          "height": "100px",
          "width": "200px"
        }
      }
    }




 <h2>Common Dialog Module Example</h2>





    {
      "target": {
        "type": "dialogmodule",
        "options": {
          "key": "dialog-module-key"
        }
      }
    }




 <p>More details for this use-case can be found on the <a href="../dialog/">Dialog Module</a> page.</p>

`,fieldDescription:`

Defines the behaviour when the item is triggered.
 If omitted, the url behaves as a regular hyperlink.

`},context:{enum:["page","PAGE","addon","ADDON","product","PRODUCT"],type:"string",fieldDescription:`

The context for the URL parameter. Not applicable if an absolute URL is specified. Possible values
 <ul>
     <li><pre>addon</pre> - a URL relative to the add-on's base URL</li>
     <li><pre>page</pre> - targets a Page module by specifying the Page's module key as the URL</li>
     <li><pre>product</pre> - a URL relative to the product's base URL</li>
 </ul>

`,defaultValue:"addon"},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},location:{maxLength:100,type:"string",fieldDescription:`

The location in the application interface where the web item should appear. For the Atlassian application
 interface, a location is something like the coordinates on a map. It points to a particular drop-down menu or
 navigation list in the UI.

 Places in the Atlassian UI are identified by what are known as "well-known locations".
 For example, the \`system.admin/globalsettings\` location is in the administrative
 menu on the left side of the Administration Console.

 Find product locations with the Web Fragment Finder

 <ul>
     <li><a href="https://marketplace.atlassian.com/plugins/com.wittified.webfragment-finder/cloud/overview">Jira Locations</a></li>
     <li><a href="https://marketplace.atlassian.com/plugins/com.wittified.webfragment-finder-confluence/cloud/overview">Confluence locations</a></li>
 </ul>

`},cacheable:{type:"boolean",fieldDescription:`

Returns whether the URL should be cacheable. Cacheable URLs are taken directly from the add-on descriptor, and
 lack all additional query parameters:
 <ul>
     <li>standard iframe query parameters</li>
     <li>product context parameters</li>
     <li>JWT token</li>
 </ul>

`,defaultValue:"false"},conditions:{items:{type:"object",anyOf:[{properties:{condition:{maxLength:100,type:"string",fieldDescription:`

A string indicating the name of the condition

`},invert:{type:"boolean",fieldDescription:`

A flag indicating whether to invert the boolean result of the condition.

`,defaultValue:"false"},params:{additionalProperties:!0,type:"object",fieldTitle:"Object",fieldDescription:`

This object represents a map of key/value pairs, where each property name and value corresponds to the parameter name and value respectively.

 <p><b>Example</b></p>





    {
      "params": {
        "someOtherProperty": "someValue",
        "myCustomProperty": "myValue"
      }
    }


`}},required:["condition"],shortClassName:"singleConditionBean",type:"object",title:"Single Condition",description:`

Single Conditions are either provided by the host application. See the complete documentation of
 [Conditions](../../conditions/) for more information.

 To invert a condition, add the attribute \`\`invert="true"\`\` to the condition element.
 This is useful where you want to show the section if a certain condition is not satisfied.

 <h3>Example</h3>





    {
      "condition": "user_is_logged_in",
      "invert": false
    }


`},{properties:{conditions:{items:{type:"object",anyOf:[{properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

The conditions to compose using the specific logical operator.

`},type:{enum:["and","AND","or","OR"],type:"string",fieldDescription:`

Defines what logical operator is used to evaluate its collection of condition elements.

`}},shortClassName:"compositeConditionBean",type:"object",title:"Composite Condition",description:`

Composite Conditions are composed of a collection of [Single Condition](../single-condition/) / Composite Conditions
 and a type attribute.

 <h3>Example</h3>





    {
      "conditions": [
        {
          "or": [
            {
              "condition": "can_attach_file_to_issue",
              "invert": false
            },
            {
              "condition": "is_issue_assigned_to_current_user",
              "invert": false
            }
          ]
        },
        {
          "condition": "user_is_logged_in",
          "invert": false
        }
      ]
    }


`},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

The conditions to compose using the specific logical operator.

`},type:{enum:["and","AND","or","OR"],type:"string",fieldDescription:`

Defines what logical operator is used to evaluate its collection of condition elements.

`}},shortClassName:"compositeConditionBean",type:"object",title:"Composite Condition",description:`

Composite Conditions are composed of a collection of [Single Condition](../single-condition/) / Composite Conditions
 and a type attribute.

 <h3>Example</h3>





    {
      "conditions": [
        {
          "or": [
            {
              "condition": "can_attach_file_to_issue",
              "invert": false
            },
            {
              "condition": "is_issue_assigned_to_current_user",
              "invert": false
            }
          ]
        },
        {
          "condition": "user_is_logged_in",
          "invert": false
        }
      ]
    }


`}]},type:"array",fieldDescription:`

<a href="../../conditions/">Conditions</a> can be added to display only when all the given conditions are true.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","location","key"],not:{required:["unlicensedAccess"]}},minItems:1},P=Q().default,se=new RegExp("^[_a-zA-Z]+[_a-zA-Z0-9-]*$","u"),L={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`};function T(a,{instancePath:i="",parentData:A,parentDataProperty:x,rootData:w=a}={}){let e=null,t=0;if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.value===void 0){let p={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:L.required,parentSchema:L,data:a};e===null?e=[p]:e.push(p),t++}if(a.value!==void 0){let p=a.value;if(typeof p=="string"){if(P(p)>1500){let y={instancePath:i+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:L.properties.value,data:p};e===null?e=[y]:e.push(y),t++}}else{let y={instancePath:i+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:L.properties.value.type,parentSchema:L.properties.value,data:p};e===null?e=[y]:e.push(y),t++}}if(a.i18n!==void 0){let p=a.i18n;if(typeof p=="string"){if(P(p)>300){let y={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:L.properties.i18n,data:p};e===null?e=[y]:e.push(y),t++}}else{let y={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:L.properties.i18n.type,parentSchema:L.properties.i18n,data:p};e===null?e=[y]:e.push(y),t++}}}else{let p={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:L.type,parentSchema:L,data:a};e===null?e=[p]:e.push(p),t++}return T.errors=e,t===0}var j={properties:{width:{type:"integer",fieldDescription:`

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


`};function U(a,{instancePath:i="",parentData:A,parentDataProperty:x,rootData:w=a}={}){let e=null,t=0;if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.url===void 0){let p={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:j.required,parentSchema:j,data:a};e===null?e=[p]:e.push(p),t++}if(a.width!==void 0){let p=a.width;if(!(typeof p=="number"&&!(p%1)&&!isNaN(p))){let y={instancePath:i+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:j.properties.width.type,parentSchema:j.properties.width,data:p};e===null?e=[y]:e.push(y),t++}}if(a.url!==void 0){let p=a.url;if(typeof p!="string"){let y={instancePath:i+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:j.properties.url.type,parentSchema:j.properties.url,data:p};e===null?e=[y]:e.push(y),t++}}if(a.height!==void 0){let p=a.height;if(!(typeof p=="number"&&!(p%1)&&!isNaN(p))){let y={instancePath:i+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:j.properties.height.type,parentSchema:j.properties.height,data:p};e===null?e=[y]:e.push(y),t++}}}else{let p={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:j.type,parentSchema:j,data:a};e===null?e=[p]:e.push(p),t++}return U.errors=e,t===0}var S={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

A string indicating the name of the condition

`},invert:{type:"boolean",fieldDescription:`

A flag indicating whether to invert the boolean result of the condition.

`,defaultValue:"false"},params:{additionalProperties:!0,type:"object",fieldTitle:"Object",fieldDescription:`

This object represents a map of key/value pairs, where each property name and value corresponds to the parameter name and value respectively.

 <p><b>Example</b></p>





    {
      "params": {
        "someOtherProperty": "someValue",
        "myCustomProperty": "myValue"
      }
    }


`}},required:["condition"],shortClassName:"singleConditionBean",type:"object",title:"Single Condition",description:`

Single Conditions are either provided by the host application. See the complete documentation of
 [Conditions](../../conditions/) for more information.

 To invert a condition, add the attribute \`\`invert="true"\`\` to the condition element.
 This is useful where you want to show the section if a certain condition is not satisfied.

 <h3>Example</h3>





    {
      "condition": "user_is_logged_in",
      "invert": false
    }


`};function R(a,{instancePath:i="",parentData:A,parentDataProperty:x,rootData:w=a}={}){let e=null,t=0;if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.condition===void 0){let p={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:S.required,parentSchema:S,data:a};e===null?e=[p]:e.push(p),t++}if(a.condition!==void 0){let p=a.condition;if(typeof p=="string"){if(P(p)>100){let y={instancePath:i+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:S.properties.condition,data:p};e===null?e=[y]:e.push(y),t++}}else{let y={instancePath:i+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:S.properties.condition.type,parentSchema:S.properties.condition,data:p};e===null?e=[y]:e.push(y),t++}}if(a.invert!==void 0){let p=a.invert;if(typeof p!="boolean"){let y={instancePath:i+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:S.properties.invert.type,parentSchema:S.properties.invert,data:p};e===null?e=[y]:e.push(y),t++}}if(a.params!==void 0){let p=a.params;if(!(p&&typeof p=="object"&&!Array.isArray(p))){let y={instancePath:i+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:S.properties.params.type,parentSchema:S.properties.params,data:p};e===null?e=[y]:e.push(y),t++}}}else{let p={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:S.type,parentSchema:S,data:a};e===null?e=[p]:e.push(p),t++}return R.errors=e,t===0}var W={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},oe=new RegExp("^[a-zA-Z0-9_-]+$","u");function z(a,{instancePath:i="",parentData:A,parentDataProperty:x,rootData:w=a}={}){let e=null,t=0;if(typeof a=="string"){if(!oe.test(a)){let p={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:W,data:a};e===null?e=[p]:e.push(p),t++}}else{let p={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:W.type,parentSchema:W,data:a};e===null?e=[p]:e.push(p),t++}return z.errors=e,t===0}var J={validate:$};function V(a,{instancePath:i="",parentData:A,parentDataProperty:x,rootData:w=a}={}){let e=null,t=0;if(Array.isArray(a)){if(a.length<1){let o={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:n,data:a};e===null?e=[o]:e.push(o),t++}let I=a.length;for(let o=0;o<I;o++){let d=a[o],B=t,ee=t;if(d&&typeof d=="object"&&!Array.isArray(d)){let r;if(d.unlicensedAccess===void 0&&(r="unlicensedAccess")){let s={};e===null?e=[s]:e.push(s),t++}}var p=ee===t;if(p){let r={instancePath:i+"/"+o,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:n.items.not,parentSchema:n.items,data:d};e===null?e=[r]:e.push(r),t++}else t=B,e!==null&&(B?e.length=B:e=null);if(d&&typeof d=="object"&&!Array.isArray(d)){if(d.name===void 0){let r={instancePath:i+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:n.items.required,parentSchema:n.items,data:d};e===null?e=[r]:e.push(r),t++}if(d.location===void 0){let r={instancePath:i+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"location"},message:"must have required property 'location'",schema:n.items.required,parentSchema:n.items,data:d};e===null?e=[r]:e.push(r),t++}if(d.key===void 0){let r={instancePath:i+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:n.items.required,parentSchema:n.items,data:d};e===null?e=[r]:e.push(r),t++}if(d.styleClasses!==void 0){let r=d.styleClasses;if(Array.isArray(r)){let s=r.length;for(let h=0;h<s;h++){let c=r[h];if(typeof c=="string"){if(P(c)>1e3){let D={instancePath:i+"/"+o+"/styleClasses/"+h,schemaPath:"#/items/properties/styleClasses/items/maxLength",keyword:"maxLength",params:{limit:1e3},message:"must NOT have more than 1000 characters",schema:1e3,parentSchema:n.items.properties.styleClasses.items,data:c};e===null?e=[D]:e.push(D),t++}if(!se.test(c)){let D={instancePath:i+"/"+o+"/styleClasses/"+h,schemaPath:"#/items/properties/styleClasses/items/pattern",keyword:"pattern",params:{pattern:"^[_a-zA-Z]+[_a-zA-Z0-9-]*$"},message:'must match pattern "^[_a-zA-Z]+[_a-zA-Z0-9-]*$"',schema:"^[_a-zA-Z]+[_a-zA-Z0-9-]*$",parentSchema:n.items.properties.styleClasses.items,data:c};e===null?e=[D]:e.push(D),t++}}else{let D={instancePath:i+"/"+o+"/styleClasses/"+h,schemaPath:"#/items/properties/styleClasses/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.styleClasses.items.type,parentSchema:n.items.properties.styleClasses.items,data:c};e===null?e=[D]:e.push(D),t++}}}else{let s={instancePath:i+"/"+o+"/styleClasses",schemaPath:"#/items/properties/styleClasses/type",keyword:"type",params:{type:"array"},message:"must be array",schema:n.items.properties.styleClasses.type,parentSchema:n.items.properties.styleClasses,data:r};e===null?e=[s]:e.push(s),t++}}if(d.tooltip!==void 0&&(T(d.tooltip,{instancePath:i+"/"+o+"/tooltip",parentData:d,parentDataProperty:"tooltip",rootData:w})||(e=e===null?T.errors:e.concat(T.errors),t=e.length)),d.icon!==void 0&&(U(d.icon,{instancePath:i+"/"+o+"/icon",parentData:d,parentDataProperty:"icon",rootData:w})||(e=e===null?U.errors:e.concat(U.errors),t=e.length)),d.weight!==void 0){let r=d.weight;if(!(typeof r=="number"&&!(r%1)&&!isNaN(r))){let s={instancePath:i+"/"+o+"/weight",schemaPath:"#/items/properties/weight/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:n.items.properties.weight.type,parentSchema:n.items.properties.weight,data:r};e===null?e=[s]:e.push(s),t++}}if(d.params!==void 0){let r=d.params;if(!(r&&typeof r=="object"&&!Array.isArray(r))){let s={instancePath:i+"/"+o+"/params",schemaPath:"#/items/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.params.type,parentSchema:n.items.properties.params,data:r};e===null?e=[s]:e.push(s),t++}}if(d.url!==void 0){let r=d.url;if(typeof r!="string"){let s={instancePath:i+"/"+o+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.url.type,parentSchema:n.items.properties.url,data:r};e===null?e=[s]:e.push(s),t++}}if(d.target!==void 0){let r=d.target;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.options!==void 0){let s=r.options;if(!(s&&typeof s=="object"&&!Array.isArray(s))){let l={instancePath:i+"/"+o+"/target/options",schemaPath:"#/items/properties/target/properties/options/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.target.properties.options.type,parentSchema:n.items.properties.target.properties.options,data:s};e===null?e=[l]:e.push(l),t++}let h=t,c=!1,D=t;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.offsetX!==void 0){let l=s.offsetX;if(typeof l=="string"){if(P(l)>10){let u={instancePath:i+"/"+o+"/target/options/offsetX",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/offsetX/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.offsetX,data:l};e===null?e=[u]:e.push(u),t++}}else{let u={instancePath:i+"/"+o+"/target/options/offsetX",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/offsetX/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.target.properties.options.anyOf[0].properties.offsetX.type,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.offsetX,data:l};e===null?e=[u]:e.push(u),t++}}if(s.offsetY!==void 0){let l=s.offsetY;if(typeof l=="string"){if(P(l)>10){let u={instancePath:i+"/"+o+"/target/options/offsetY",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/offsetY/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.offsetY,data:l};e===null?e=[u]:e.push(u),t++}}else{let u={instancePath:i+"/"+o+"/target/options/offsetY",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/offsetY/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.target.properties.options.anyOf[0].properties.offsetY.type,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.offsetY,data:l};e===null?e=[u]:e.push(u),t++}}if(s.width!==void 0){let l=s.width;if(typeof l=="string"){if(P(l)>10){let u={instancePath:i+"/"+o+"/target/options/width",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/width/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.width,data:l};e===null?e=[u]:e.push(u),t++}}else{let u={instancePath:i+"/"+o+"/target/options/width",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/width/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.target.properties.options.anyOf[0].properties.width.type,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.width,data:l};e===null?e=[u]:e.push(u),t++}}if(s.onTop!==void 0){let l=s.onTop;if(typeof l!="boolean"){let u={instancePath:i+"/"+o+"/target/options/onTop",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/onTop/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:n.items.properties.target.properties.options.anyOf[0].properties.onTop.type,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.onTop,data:l};e===null?e=[u]:e.push(u),t++}}if(s.showDelay!==void 0){let l=s.showDelay;if(!(typeof l=="number"&&!(l%1)&&!isNaN(l))){let u={instancePath:i+"/"+o+"/target/options/showDelay",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/showDelay/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:n.items.properties.target.properties.options.anyOf[0].properties.showDelay.type,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.showDelay,data:l};e===null?e=[u]:e.push(u),t++}}if(s.closeOthers!==void 0){let l=s.closeOthers;if(typeof l!="boolean"){let u={instancePath:i+"/"+o+"/target/options/closeOthers",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/closeOthers/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:n.items.properties.target.properties.options.anyOf[0].properties.closeOthers.type,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.closeOthers,data:l};e===null?e=[u]:e.push(u),t++}}if(s.persistent!==void 0){let l=s.persistent;if(typeof l!="boolean"){let u={instancePath:i+"/"+o+"/target/options/persistent",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/persistent/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:n.items.properties.target.properties.options.anyOf[0].properties.persistent.type,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.persistent,data:l};e===null?e=[u]:e.push(u),t++}}if(s.onHover!==void 0){let l=s.onHover;if(typeof l!="boolean"){let u={instancePath:i+"/"+o+"/target/options/onHover",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/onHover/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:n.items.properties.target.properties.options.anyOf[0].properties.onHover.type,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.onHover,data:l};e===null?e=[u]:e.push(u),t++}}if(s.isRelativeToMouse!==void 0){let l=s.isRelativeToMouse;if(typeof l!="boolean"){let u={instancePath:i+"/"+o+"/target/options/isRelativeToMouse",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/isRelativeToMouse/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:n.items.properties.target.properties.options.anyOf[0].properties.isRelativeToMouse.type,parentSchema:n.items.properties.target.properties.options.anyOf[0].properties.isRelativeToMouse,data:l};e===null?e=[u]:e.push(u),t++}}}else{let l={instancePath:i+"/"+o+"/target/options",schemaPath:"#/items/properties/target/properties/options/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.target.properties.options.anyOf[0].type,parentSchema:n.items.properties.target.properties.options.anyOf[0],data:s};e===null?e=[l]:e.push(l),t++}var y=D===t;if(c=c||y,!c){let l=t;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.key===void 0){let f={instancePath:i+"/"+o+"/target/options",schemaPath:"#/items/properties/target/properties/options/anyOf/1/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:n.items.properties.target.properties.options.anyOf[1].required,parentSchema:n.items.properties.target.properties.options.anyOf[1],data:s};e===null?e=[f]:e.push(f),t++}if(s.key!==void 0){let f=s.key;if(typeof f=="string"){if(P(f)>100){let O={instancePath:i+"/"+o+"/target/options/key",schemaPath:"#/items/properties/target/properties/options/anyOf/1/properties/key/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:n.items.properties.target.properties.options.anyOf[1].properties.key,data:f};e===null?e=[O]:e.push(O),t++}}else{let O={instancePath:i+"/"+o+"/target/options/key",schemaPath:"#/items/properties/target/properties/options/anyOf/1/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.target.properties.options.anyOf[1].properties.key.type,parentSchema:n.items.properties.target.properties.options.anyOf[1].properties.key,data:f};e===null?e=[O]:e.push(O),t++}}}else{let f={instancePath:i+"/"+o+"/target/options",schemaPath:"#/items/properties/target/properties/options/anyOf/1/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.target.properties.options.anyOf[1].type,parentSchema:n.items.properties.target.properties.options.anyOf[1],data:s};e===null?e=[f]:e.push(f),t++}var y=l===t;if(c=c||y,!c){let f=t;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.size!==void 0){let m=s.size;if(typeof m!="string"){let g={instancePath:i+"/"+o+"/target/options/size",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/size/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.target.properties.options.anyOf[2].properties.size.type,parentSchema:n.items.properties.target.properties.options.anyOf[2].properties.size,data:m};e===null?e=[g]:e.push(g),t++}if(!(m==="small"||m==="SMALL"||m==="medium"||m==="MEDIUM"||m==="large"||m==="LARGE"||m==="x-large"||m==="X-LARGE"||m==="fullscreen"||m==="FULLSCREEN"||m==="maximum"||m==="MAXIMUM")){let g={instancePath:i+"/"+o+"/target/options/size",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/size/enum",keyword:"enum",params:{allowedValues:n.items.properties.target.properties.options.anyOf[2].properties.size.enum},message:"must be equal to one of the allowed values",schema:n.items.properties.target.properties.options.anyOf[2].properties.size.enum,parentSchema:n.items.properties.target.properties.options.anyOf[2].properties.size,data:m};e===null?e=[g]:e.push(g),t++}}if(s.chrome!==void 0){let m=s.chrome;if(typeof m!="boolean"){let g={instancePath:i+"/"+o+"/target/options/chrome",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/chrome/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:n.items.properties.target.properties.options.anyOf[2].properties.chrome.type,parentSchema:n.items.properties.target.properties.options.anyOf[2].properties.chrome,data:m};e===null?e=[g]:e.push(g),t++}}if(s.width!==void 0){let m=s.width;if(typeof m=="string"){if(P(m)>10){let g={instancePath:i+"/"+o+"/target/options/width",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/width/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:n.items.properties.target.properties.options.anyOf[2].properties.width,data:m};e===null?e=[g]:e.push(g),t++}}else{let g={instancePath:i+"/"+o+"/target/options/width",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/width/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.target.properties.options.anyOf[2].properties.width.type,parentSchema:n.items.properties.target.properties.options.anyOf[2].properties.width,data:m};e===null?e=[g]:e.push(g),t++}}if(s.header!==void 0&&(T(s.header,{instancePath:i+"/"+o+"/target/options/header",parentData:s,parentDataProperty:"header",rootData:w})||(e=e===null?T.errors:e.concat(T.errors),t=e.length)),s.height!==void 0){let m=s.height;if(typeof m=="string"){if(P(m)>10){let g={instancePath:i+"/"+o+"/target/options/height",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/height/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:n.items.properties.target.properties.options.anyOf[2].properties.height,data:m};e===null?e=[g]:e.push(g),t++}}else{let g={instancePath:i+"/"+o+"/target/options/height",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/height/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.target.properties.options.anyOf[2].properties.height.type,parentSchema:n.items.properties.target.properties.options.anyOf[2].properties.height,data:m};e===null?e=[g]:e.push(g),t++}}}else{let m={instancePath:i+"/"+o+"/target/options",schemaPath:"#/items/properties/target/properties/options/anyOf/2/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.target.properties.options.anyOf[2].type,parentSchema:n.items.properties.target.properties.options.anyOf[2],data:s};e===null?e=[m]:e.push(m),t++}var y=f===t;c=c||y}}if(c)t=h,e!==null&&(h?e.length=h:e=null);else{let l={instancePath:i+"/"+o+"/target/options",schemaPath:"#/items/properties/target/properties/options/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:n.items.properties.target.properties.options.anyOf,parentSchema:n.items.properties.target.properties.options,data:s};e===null?e=[l]:e.push(l),t++}}if(r.type!==void 0){let s=r.type;if(typeof s!="string"){let h={instancePath:i+"/"+o+"/target/type",schemaPath:"#/items/properties/target/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.target.properties.type.type,parentSchema:n.items.properties.target.properties.type,data:s};e===null?e=[h]:e.push(h),t++}if(!(s==="page"||s==="PAGE"||s==="dialog"||s==="DIALOG"||s==="inlinedialog"||s==="INLINEDIALOG"||s==="dialogmodule"||s==="DIALOGMODULE")){let h={instancePath:i+"/"+o+"/target/type",schemaPath:"#/items/properties/target/properties/type/enum",keyword:"enum",params:{allowedValues:n.items.properties.target.properties.type.enum},message:"must be equal to one of the allowed values",schema:n.items.properties.target.properties.type.enum,parentSchema:n.items.properties.target.properties.type,data:s};e===null?e=[h]:e.push(h),t++}}}else{let s={instancePath:i+"/"+o+"/target",schemaPath:"#/items/properties/target/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.target.type,parentSchema:n.items.properties.target,data:r};e===null?e=[s]:e.push(s),t++}}if(d.context!==void 0){let r=d.context;if(typeof r!="string"){let s={instancePath:i+"/"+o+"/context",schemaPath:"#/items/properties/context/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.context.type,parentSchema:n.items.properties.context,data:r};e===null?e=[s]:e.push(s),t++}if(!(r==="page"||r==="PAGE"||r==="addon"||r==="ADDON"||r==="product"||r==="PRODUCT")){let s={instancePath:i+"/"+o+"/context",schemaPath:"#/items/properties/context/enum",keyword:"enum",params:{allowedValues:n.items.properties.context.enum},message:"must be equal to one of the allowed values",schema:n.items.properties.context.enum,parentSchema:n.items.properties.context,data:r};e===null?e=[s]:e.push(s),t++}}if(d.name!==void 0&&(T(d.name,{instancePath:i+"/"+o+"/name",parentData:d,parentDataProperty:"name",rootData:w})||(e=e===null?T.errors:e.concat(T.errors),t=e.length)),d.location!==void 0){let r=d.location;if(typeof r=="string"){if(P(r)>100){let s={instancePath:i+"/"+o+"/location",schemaPath:"#/items/properties/location/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:n.items.properties.location,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i+"/"+o+"/location",schemaPath:"#/items/properties/location/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.location.type,parentSchema:n.items.properties.location,data:r};e===null?e=[s]:e.push(s),t++}}if(d.cacheable!==void 0){let r=d.cacheable;if(typeof r!="boolean"){let s={instancePath:i+"/"+o+"/cacheable",schemaPath:"#/items/properties/cacheable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:n.items.properties.cacheable.type,parentSchema:n.items.properties.cacheable,data:r};e===null?e=[s]:e.push(s),t++}}if(d.conditions!==void 0){let r=d.conditions;if(Array.isArray(r)){let s=r.length;for(let h=0;h<s;h++){let c=r[h];if(!(c&&typeof c=="object"&&!Array.isArray(c))){let f={instancePath:i+"/"+o+"/conditions/"+h,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.conditions.items.type,parentSchema:n.items.properties.conditions.items,data:c};e===null?e=[f]:e.push(f),t++}let D=t,l=!1,u=t;if(c&&typeof c=="object"&&!Array.isArray(c)){if(c.condition===void 0){let f={instancePath:i+"/"+o+"/conditions/"+h,schemaPath:"#/items/properties/conditions/items/anyOf/0/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:n.items.properties.conditions.items.anyOf[0].required,parentSchema:n.items.properties.conditions.items.anyOf[0],data:c};e===null?e=[f]:e.push(f),t++}if(c.condition!==void 0){let f=c.condition;if(typeof f=="string"){if(P(f)>100){let O={instancePath:i+"/"+o+"/conditions/"+h+"/condition",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:n.items.properties.conditions.items.anyOf[0].properties.condition,data:f};e===null?e=[O]:e.push(O),t++}}else{let O={instancePath:i+"/"+o+"/conditions/"+h+"/condition",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.conditions.items.anyOf[0].properties.condition.type,parentSchema:n.items.properties.conditions.items.anyOf[0].properties.condition,data:f};e===null?e=[O]:e.push(O),t++}}if(c.invert!==void 0){let f=c.invert;if(typeof f!="boolean"){let O={instancePath:i+"/"+o+"/conditions/"+h+"/invert",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:n.items.properties.conditions.items.anyOf[0].properties.invert.type,parentSchema:n.items.properties.conditions.items.anyOf[0].properties.invert,data:f};e===null?e=[O]:e.push(O),t++}}if(c.params!==void 0){let f=c.params;if(!(f&&typeof f=="object"&&!Array.isArray(f))){let O={instancePath:i+"/"+o+"/conditions/"+h+"/params",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.conditions.items.anyOf[0].properties.params.type,parentSchema:n.items.properties.conditions.items.anyOf[0].properties.params,data:f};e===null?e=[O]:e.push(O),t++}}}else{let f={instancePath:i+"/"+o+"/conditions/"+h,schemaPath:"#/items/properties/conditions/items/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.conditions.items.anyOf[0].type,parentSchema:n.items.properties.conditions.items.anyOf[0],data:c};e===null?e=[f]:e.push(f),t++}var Y=u===t;if(l=l||Y,!l){let f=t;if(c&&typeof c=="object"&&!Array.isArray(c)){if(c.conditions!==void 0){let m=c.conditions;if(Array.isArray(m)){let g=m.length;for(let v=0;v<g;v++){let k=m[v];if(!(k&&typeof k=="object"&&!Array.isArray(k))){let b={instancePath:i+"/"+o+"/conditions/"+h+"/conditions/"+v,schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.type,parentSchema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items,data:k};e===null?e=[b]:e.push(b),t++}let Z=t,q=!1,te=t;if(k&&typeof k=="object"&&!Array.isArray(k)){if(k.conditions!==void 0){let b=k.conditions;if(Array.isArray(b)){let C=b.length;for(let _=0;_<C;_++){let E=b[_];if(!(E&&typeof E=="object"&&!Array.isArray(E))){let N={instancePath:i+"/"+o+"/conditions/"+h+"/conditions/"+v+"/conditions/"+_,schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/conditions/items/anyOf/0/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].properties.conditions.items.type,parentSchema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].properties.conditions.items,data:E};e===null?e=[N]:e.push(N),t++}let H=t,M=!1,ne=t;J.validate(E,{instancePath:i+"/"+o+"/conditions/"+h+"/conditions/"+v+"/conditions/"+_,parentData:b,parentDataProperty:_,rootData:w})||(e=e===null?J.validate.errors:e.concat(J.validate.errors),t=e.length);var G=ne===t;if(M=M||G,!M){let N=t;R(E,{instancePath:i+"/"+o+"/conditions/"+h+"/conditions/"+v+"/conditions/"+_,parentData:b,parentDataProperty:_,rootData:w})||(e=e===null?R.errors:e.concat(R.errors),t=e.length);var G=N===t;M=M||G}if(M)t=H,e!==null&&(H?e.length=H:e=null);else{let N={instancePath:i+"/"+o+"/conditions/"+h+"/conditions/"+v+"/conditions/"+_,schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/conditions/items/anyOf/0/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].properties.conditions.items.anyOf,parentSchema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].properties.conditions.items,data:E};e===null?e=[N]:e.push(N),t++}}}else{let C={instancePath:i+"/"+o+"/conditions/"+h+"/conditions/"+v+"/conditions",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/conditions/items/anyOf/0/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].properties.conditions.type,parentSchema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].properties.conditions,data:b};e===null?e=[C]:e.push(C),t++}}if(k.type!==void 0){let b=k.type;if(typeof b!="string"){let C={instancePath:i+"/"+o+"/conditions/"+h+"/conditions/"+v+"/type",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/conditions/items/anyOf/0/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].properties.type.type,parentSchema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].properties.type,data:b};e===null?e=[C]:e.push(C),t++}if(!(b==="and"||b==="AND"||b==="or"||b==="OR")){let C={instancePath:i+"/"+o+"/conditions/"+h+"/conditions/"+v+"/type",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/conditions/items/anyOf/0/properties/type/enum",keyword:"enum",params:{allowedValues:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].properties.type.enum},message:"must be equal to one of the allowed values",schema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].properties.type.enum,parentSchema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].properties.type,data:b};e===null?e=[C]:e.push(C),t++}}}else{let b={instancePath:i+"/"+o+"/conditions/"+h+"/conditions/"+v,schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/conditions/items/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0].type,parentSchema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf[0],data:k};e===null?e=[b]:e.push(b),t++}var X=te===t;if(q=q||X,!q){let b=t;R(k,{instancePath:i+"/"+o+"/conditions/"+h+"/conditions/"+v,parentData:m,parentDataProperty:v,rootData:w})||(e=e===null?R.errors:e.concat(R.errors),t=e.length);var X=b===t;q=q||X}if(q)t=Z,e!==null&&(Z?e.length=Z:e=null);else{let b={instancePath:i+"/"+o+"/conditions/"+h+"/conditions/"+v,schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items.anyOf,parentSchema:n.items.properties.conditions.items.anyOf[1].properties.conditions.items,data:k};e===null?e=[b]:e.push(b),t++}}}else{let g={instancePath:i+"/"+o+"/conditions/"+h+"/conditions",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:n.items.properties.conditions.items.anyOf[1].properties.conditions.type,parentSchema:n.items.properties.conditions.items.anyOf[1].properties.conditions,data:m};e===null?e=[g]:e.push(g),t++}}if(c.type!==void 0){let m=c.type;if(typeof m!="string"){let g={instancePath:i+"/"+o+"/conditions/"+h+"/type",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:n.items.properties.conditions.items.anyOf[1].properties.type.type,parentSchema:n.items.properties.conditions.items.anyOf[1].properties.type,data:m};e===null?e=[g]:e.push(g),t++}if(!(m==="and"||m==="AND"||m==="or"||m==="OR")){let g={instancePath:i+"/"+o+"/conditions/"+h+"/type",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/type/enum",keyword:"enum",params:{allowedValues:n.items.properties.conditions.items.anyOf[1].properties.type.enum},message:"must be equal to one of the allowed values",schema:n.items.properties.conditions.items.anyOf[1].properties.type.enum,parentSchema:n.items.properties.conditions.items.anyOf[1].properties.type,data:m};e===null?e=[g]:e.push(g),t++}}}else{let m={instancePath:i+"/"+o+"/conditions/"+h,schemaPath:"#/items/properties/conditions/items/anyOf/1/type",keyword:"type",params:{type:"object"},message:"must be object",schema:n.items.properties.conditions.items.anyOf[1].type,parentSchema:n.items.properties.conditions.items.anyOf[1],data:c};e===null?e=[m]:e.push(m),t++}var Y=f===t;l=l||Y}if(l)t=D,e!==null&&(D?e.length=D:e=null);else{let f={instancePath:i+"/"+o+"/conditions/"+h,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:n.items.properties.conditions.items.anyOf,parentSchema:n.items.properties.conditions.items,data:c};e===null?e=[f]:e.push(f),t++}}}else{let s={instancePath:i+"/"+o+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:n.items.properties.conditions.type,parentSchema:n.items.properties.conditions,data:r};e===null?e=[s]:e.push(s),t++}}d.key!==void 0&&(z(d.key,{instancePath:i+"/"+o+"/key",parentData:d,parentDataProperty:"key",rootData:w})||(e=e===null?z.errors:e.concat(z.errors),t=e.length))}}}else{let I={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:n.type,parentSchema:n,data:a};e===null?e=[I]:e.push(I),t++}return V.errors=e,t===0}function $(a,{instancePath:i="",parentData:A,parentDataProperty:x,rootData:w=a}={}){let e=null,t=0;return V(a,{instancePath:i,parentData:A,parentDataProperty:x,rootData:w})||(e=e===null?V.errors:e.concat(V.errors),t=e.length),$.errors=e,t===0}
