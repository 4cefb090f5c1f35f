"use strict";var G=(r,i)=>()=>{try{return i||r((i={exports:{}}).exports,i),i.exports}catch(k){throw i=0,k}};var V=G(U=>{"use strict";Object.defineProperty(U,"__esModule",{value:!0});function Y(r){let i=r.length,k=0,D=0,f;for(;D<i;)k++,f=r.charCodeAt(D++),f>=55296&&f<=56319&&D<i&&(f=r.charCodeAt(D),(f&64512)===56320&&D++);return k}U.default=Y;Y.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=N;module.exports.default=N;var o={type:"array",items:{properties:{context:{enum:["page","PAGE","addon","ADDON","product","PRODUCT"],type:"string",fieldDescription:`

The context for the URL parameter. Not applicable if an absolute URL is specified. Possible values
 <ul>
     <li><pre>addon</pre> - a URL relative to the add-on's base URL</li>
     <li><pre>page</pre> - targets a Page module by specifying the Page's module key as the URL</li>
     <li><pre>product</pre> - a URL relative to the product's base URL</li>
 </ul>

`,defaultValue:"addon"},tooltip:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The internationalised text to be used in the link's tooltip.

`},icon:{$ref:"#/definitions/icon",fieldDescription:`

An optional icon to display with the link text or as the link, specified by URL to its hosted location.
 You can specify a particular width and height for the icon. Most link icons in Atlassian applications
 are 16 by 16 pixels.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},cacheable:{type:"boolean",fieldDescription:`

Returns whether the URL should be cacheable. Cacheable URLs are taken directly from the add-on descriptor, and
 lack all additional query parameters:
 <ul>
     <li>standard iframe query parameters</li>
     <li>product context parameters</li>
     <li>JWT token</li>
 </ul>

`,defaultValue:"false"},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/compositeCondition"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

<a href="../../conditions/">Conditions</a> can be added to display only when all the given conditions are true.

`},params:{additionalProperties:!0,type:"object",fieldTitle:"Object",fieldDescription:`

This object represents a map of key/value pairs, where each property name and value corresponds to the parameter name and value respectively.

 <p><b>Example</b></p>





    {
      "params": {
        "someOtherProperty": "someValue",
        "myCustomProperty": "myValue"
      }
    }


`},contentPropertyKey:{pattern:"^[a-zA-Z0-9-]+$",maxLength:100,type:"string",fieldDescription:`

<p>
     An optional <a href="../../storing-data-without-a-database/#confluence-content-properties">Content Property</a> key
     that this Byline Item will be bound to.
 </p>

 <p>
     The key must only contain alphanumeric characters and dashes.
 </p>

 <p>
     When a key is supplied, the:
 </p>
 <ul>
     <li><a href="#name"><code>name</code></a></li>
     <li><a href="#icon"><code>icon</code></a> and</li>
     <li><a href="#tooltip"><code>tooltip</code></a></li>
 </ul>
 <p>
     for this Byline item will be overwritten with the property's corresponding value (if present), and the rendered item
     will be updated as the value changes in the browser.
 </p>
 <p>
     This requires the stored Content Property to have the following format:<br>





    {
      "name": {
        "value": "Item Text"
      },
      "icon": {
        "width": 16,
        "height": 16,
        "url": "/my-icon.png"
      },
      "tooltip": {
        "value": "Item Tooltip"
      }
    }



 </p>
 <p>
     Note that only fields present in the original bean will be respected when substituting values from a
     Content Property later. This means that to show a Content-Property-based <code>tooltip</code>, this Content
     Byline Item module must specify a <code>tooltip</code>. Likewise for a Content-Property-based
     <code>icon</code>, this module must specify an <code>icon</code>.
 </p>

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

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","key"],not:{required:["unlicensedAccess"]}},minItems:1},A={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},T=V().default;function S(r,{instancePath:i="",parentData:k,parentDataProperty:D,rootData:f=r}={}){let e=null,t=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.value===void 0){let s={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:A.required,parentSchema:A,data:r};e===null?e=[s]:e.push(s),t++}if(r.value!==void 0){let s=r.value;if(typeof s=="string"){if(T(s)>1500){let l={instancePath:i+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:A.properties.value,data:s};e===null?e=[l]:e.push(l),t++}}else{let l={instancePath:i+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:A.properties.value.type,parentSchema:A.properties.value,data:s};e===null?e=[l]:e.push(l),t++}}if(r.i18n!==void 0){let s=r.i18n;if(typeof s=="string"){if(T(s)>300){let l={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:A.properties.i18n,data:s};e===null?e=[l]:e.push(l),t++}}else{let l={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:A.properties.i18n.type,parentSchema:A.properties.i18n,data:s};e===null?e=[l]:e.push(l),t++}}}else{let s={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:A.type,parentSchema:A,data:r};e===null?e=[s]:e.push(s),t++}return S.errors=e,t===0}var L={properties:{width:{type:"integer",fieldDescription:`

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


`};function R(r,{instancePath:i="",parentData:k,parentDataProperty:D,rootData:f=r}={}){let e=null,t=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.url===void 0){let s={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:L.required,parentSchema:L,data:r};e===null?e=[s]:e.push(s),t++}if(r.width!==void 0){let s=r.width;if(!(typeof s=="number"&&!(s%1)&&!isNaN(s))){let l={instancePath:i+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:L.properties.width.type,parentSchema:L.properties.width,data:s};e===null?e=[l]:e.push(l),t++}}if(r.url!==void 0){let s=r.url;if(typeof s!="string"){let l={instancePath:i+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:L.properties.url.type,parentSchema:L.properties.url,data:s};e===null?e=[l]:e.push(l),t++}}if(r.height!==void 0){let s=r.height;if(!(typeof s=="number"&&!(s%1)&&!isNaN(s))){let l={instancePath:i+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:L.properties.height.type,parentSchema:L.properties.height,data:s};e===null?e=[l]:e.push(l),t++}}}else{let s={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:L.type,parentSchema:L,data:r};e===null?e=[s]:e.push(s),t++}return R.errors=e,t===0}var O={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},z={validate:N},x={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function C(r,{instancePath:i="",parentData:k,parentDataProperty:D,rootData:f=r}={}){let e=null,t=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.condition===void 0){let s={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:x.required,parentSchema:x,data:r};e===null?e=[s]:e.push(s),t++}if(r.condition!==void 0){let s=r.condition;if(typeof s=="string"){if(T(s)>100){let l={instancePath:i+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:x.properties.condition,data:s};e===null?e=[l]:e.push(l),t++}}else{let l={instancePath:i+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:x.properties.condition.type,parentSchema:x.properties.condition,data:s};e===null?e=[l]:e.push(l),t++}}if(r.invert!==void 0){let s=r.invert;if(typeof s!="boolean"){let l={instancePath:i+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:x.properties.invert.type,parentSchema:x.properties.invert,data:s};e===null?e=[l]:e.push(l),t++}}if(r.params!==void 0){let s=r.params;if(!(s&&typeof s=="object"&&!Array.isArray(s))){let l={instancePath:i+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:x.properties.params.type,parentSchema:x.properties.params,data:s};e===null?e=[l]:e.push(l),t++}}}else{let s={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:x.type,parentSchema:x,data:r};e===null?e=[s]:e.push(s),t++}return C.errors=e,t===0}function _(r,{instancePath:i="",parentData:k,parentDataProperty:D,rootData:f=r}={}){let e=null,t=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.conditions!==void 0){let l=r.conditions;if(Array.isArray(l)){let w=l.length;for(let v=0;v<w;v++){let a=l[v];if(!(a&&typeof a=="object"&&!Array.isArray(a))){let p={instancePath:i+"/conditions/"+v,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:O.properties.conditions.items.type,parentSchema:O.properties.conditions.items,data:a};e===null?e=[p]:e.push(p),t++}let d=t,P=!1,q=t;z.validate(a,{instancePath:i+"/conditions/"+v,parentData:l,parentDataProperty:v,rootData:f})||(e=e===null?z.validate.errors:e.concat(z.validate.errors),t=e.length);var s=q===t;if(P=P||s,!P){let p=t;C(a,{instancePath:i+"/conditions/"+v,parentData:l,parentDataProperty:v,rootData:f})||(e=e===null?C.errors:e.concat(C.errors),t=e.length);var s=p===t;P=P||s}if(P)t=d,e!==null&&(d?e.length=d:e=null);else{let p={instancePath:i+"/conditions/"+v,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:O.properties.conditions.items.anyOf,parentSchema:O.properties.conditions.items,data:a};e===null?e=[p]:e.push(p),t++}}}else{let w={instancePath:i+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:O.properties.conditions.type,parentSchema:O.properties.conditions,data:l};e===null?e=[w]:e.push(w),t++}}if(r.type!==void 0){let l=r.type;if(typeof l!="string"){let w={instancePath:i+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:O.properties.type.type,parentSchema:O.properties.type,data:l};e===null?e=[w]:e.push(w),t++}if(!(l==="and"||l==="AND"||l==="or"||l==="OR")){let w={instancePath:i+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:O.properties.type.enum},message:"must be equal to one of the allowed values",schema:O.properties.type.enum,parentSchema:O.properties.type,data:l};e===null?e=[w]:e.push(w),t++}}}else{let l={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:O.type,parentSchema:O,data:r};e===null?e=[l]:e.push(l),t++}return _.errors=e,t===0}var $={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},X=new RegExp("^[a-zA-Z0-9_-]+$","u");function M(r,{instancePath:i="",parentData:k,parentDataProperty:D,rootData:f=r}={}){let e=null,t=0;if(typeof r=="string"){if(!X.test(r)){let s={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:$,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:$.type,parentSchema:$,data:r};e===null?e=[s]:e.push(s),t++}return M.errors=e,t===0}var K=new RegExp("^[a-zA-Z0-9-]+$","u");function I(r,{instancePath:i="",parentData:k,parentDataProperty:D,rootData:f=r}={}){let e=null,t=0;if(Array.isArray(r)){if(r.length<1){let a={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:o,data:r};e===null?e=[a]:e.push(a),t++}let v=r.length;for(let a=0;a<v;a++){let d=r[a],P=t,q=t;if(d&&typeof d=="object"&&!Array.isArray(d)){let p;if(d.unlicensedAccess===void 0&&(p="unlicensedAccess")){let n={};e===null?e=[n]:e.push(n),t++}}var s=q===t;if(s){let p={instancePath:i+"/"+a,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:o.items.not,parentSchema:o.items,data:d};e===null?e=[p]:e.push(p),t++}else t=P,e!==null&&(P?e.length=P:e=null);if(d&&typeof d=="object"&&!Array.isArray(d)){if(d.name===void 0){let p={instancePath:i+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:o.items.required,parentSchema:o.items,data:d};e===null?e=[p]:e.push(p),t++}if(d.key===void 0){let p={instancePath:i+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:o.items.required,parentSchema:o.items,data:d};e===null?e=[p]:e.push(p),t++}if(d.context!==void 0){let p=d.context;if(typeof p!="string"){let n={instancePath:i+"/"+a+"/context",schemaPath:"#/items/properties/context/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.context.type,parentSchema:o.items.properties.context,data:p};e===null?e=[n]:e.push(n),t++}if(!(p==="page"||p==="PAGE"||p==="addon"||p==="ADDON"||p==="product"||p==="PRODUCT")){let n={instancePath:i+"/"+a+"/context",schemaPath:"#/items/properties/context/enum",keyword:"enum",params:{allowedValues:o.items.properties.context.enum},message:"must be equal to one of the allowed values",schema:o.items.properties.context.enum,parentSchema:o.items.properties.context,data:p};e===null?e=[n]:e.push(n),t++}}if(d.tooltip!==void 0&&(S(d.tooltip,{instancePath:i+"/"+a+"/tooltip",parentData:d,parentDataProperty:"tooltip",rootData:f})||(e=e===null?S.errors:e.concat(S.errors),t=e.length)),d.icon!==void 0&&(R(d.icon,{instancePath:i+"/"+a+"/icon",parentData:d,parentDataProperty:"icon",rootData:f})||(e=e===null?R.errors:e.concat(R.errors),t=e.length)),d.name!==void 0&&(S(d.name,{instancePath:i+"/"+a+"/name",parentData:d,parentDataProperty:"name",rootData:f})||(e=e===null?S.errors:e.concat(S.errors),t=e.length)),d.cacheable!==void 0){let p=d.cacheable;if(typeof p!="boolean"){let n={instancePath:i+"/"+a+"/cacheable",schemaPath:"#/items/properties/cacheable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:o.items.properties.cacheable.type,parentSchema:o.items.properties.cacheable,data:p};e===null?e=[n]:e.push(n),t++}}if(d.conditions!==void 0){let p=d.conditions;if(Array.isArray(p)){let n=p.length;for(let g=0;g<n;g++){let b=p[g];if(!(b&&typeof b=="object"&&!Array.isArray(b))){let y={instancePath:i+"/"+a+"/conditions/"+g,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.conditions.items.type,parentSchema:o.items.properties.conditions.items,data:b};e===null?e=[y]:e.push(y),t++}let j=t,h=!1,m=t;_(b,{instancePath:i+"/"+a+"/conditions/"+g,parentData:p,parentDataProperty:g,rootData:f})||(e=e===null?_.errors:e.concat(_.errors),t=e.length);var l=m===t;if(h=h||l,!h){let y=t;C(b,{instancePath:i+"/"+a+"/conditions/"+g,parentData:p,parentDataProperty:g,rootData:f})||(e=e===null?C.errors:e.concat(C.errors),t=e.length);var l=y===t;h=h||l}if(h)t=j,e!==null&&(j?e.length=j:e=null);else{let y={instancePath:i+"/"+a+"/conditions/"+g,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:o.items.properties.conditions.items.anyOf,parentSchema:o.items.properties.conditions.items,data:b};e===null?e=[y]:e.push(y),t++}}}else{let n={instancePath:i+"/"+a+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:o.items.properties.conditions.type,parentSchema:o.items.properties.conditions,data:p};e===null?e=[n]:e.push(n),t++}}if(d.params!==void 0){let p=d.params;if(!(p&&typeof p=="object"&&!Array.isArray(p))){let n={instancePath:i+"/"+a+"/params",schemaPath:"#/items/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.params.type,parentSchema:o.items.properties.params,data:p};e===null?e=[n]:e.push(n),t++}}if(d.contentPropertyKey!==void 0){let p=d.contentPropertyKey;if(typeof p=="string"){if(T(p)>100){let n={instancePath:i+"/"+a+"/contentPropertyKey",schemaPath:"#/items/properties/contentPropertyKey/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:o.items.properties.contentPropertyKey,data:p};e===null?e=[n]:e.push(n),t++}if(!K.test(p)){let n={instancePath:i+"/"+a+"/contentPropertyKey",schemaPath:"#/items/properties/contentPropertyKey/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9-]+$"},message:'must match pattern "^[a-zA-Z0-9-]+$"',schema:"^[a-zA-Z0-9-]+$",parentSchema:o.items.properties.contentPropertyKey,data:p};e===null?e=[n]:e.push(n),t++}}else{let n={instancePath:i+"/"+a+"/contentPropertyKey",schemaPath:"#/items/properties/contentPropertyKey/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.contentPropertyKey.type,parentSchema:o.items.properties.contentPropertyKey,data:p};e===null?e=[n]:e.push(n),t++}}if(d.url!==void 0){let p=d.url;if(typeof p!="string"){let n={instancePath:i+"/"+a+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.url.type,parentSchema:o.items.properties.url,data:p};e===null?e=[n]:e.push(n),t++}}if(d.target!==void 0){let p=d.target;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.options!==void 0){let n=p.options;if(!(n&&typeof n=="object"&&!Array.isArray(n))){let h={instancePath:i+"/"+a+"/target/options",schemaPath:"#/items/properties/target/properties/options/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.target.properties.options.type,parentSchema:o.items.properties.target.properties.options,data:n};e===null?e=[h]:e.push(h),t++}let g=t,b=!1,j=t;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.offsetX!==void 0){let h=n.offsetX;if(typeof h=="string"){if(T(h)>10){let m={instancePath:i+"/"+a+"/target/options/offsetX",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/offsetX/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.offsetX,data:h};e===null?e=[m]:e.push(m),t++}}else{let m={instancePath:i+"/"+a+"/target/options/offsetX",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/offsetX/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.target.properties.options.anyOf[0].properties.offsetX.type,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.offsetX,data:h};e===null?e=[m]:e.push(m),t++}}if(n.offsetY!==void 0){let h=n.offsetY;if(typeof h=="string"){if(T(h)>10){let m={instancePath:i+"/"+a+"/target/options/offsetY",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/offsetY/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.offsetY,data:h};e===null?e=[m]:e.push(m),t++}}else{let m={instancePath:i+"/"+a+"/target/options/offsetY",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/offsetY/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.target.properties.options.anyOf[0].properties.offsetY.type,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.offsetY,data:h};e===null?e=[m]:e.push(m),t++}}if(n.width!==void 0){let h=n.width;if(typeof h=="string"){if(T(h)>10){let m={instancePath:i+"/"+a+"/target/options/width",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/width/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.width,data:h};e===null?e=[m]:e.push(m),t++}}else{let m={instancePath:i+"/"+a+"/target/options/width",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/width/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.target.properties.options.anyOf[0].properties.width.type,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.width,data:h};e===null?e=[m]:e.push(m),t++}}if(n.onTop!==void 0){let h=n.onTop;if(typeof h!="boolean"){let m={instancePath:i+"/"+a+"/target/options/onTop",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/onTop/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:o.items.properties.target.properties.options.anyOf[0].properties.onTop.type,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.onTop,data:h};e===null?e=[m]:e.push(m),t++}}if(n.showDelay!==void 0){let h=n.showDelay;if(!(typeof h=="number"&&!(h%1)&&!isNaN(h))){let m={instancePath:i+"/"+a+"/target/options/showDelay",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/showDelay/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:o.items.properties.target.properties.options.anyOf[0].properties.showDelay.type,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.showDelay,data:h};e===null?e=[m]:e.push(m),t++}}if(n.closeOthers!==void 0){let h=n.closeOthers;if(typeof h!="boolean"){let m={instancePath:i+"/"+a+"/target/options/closeOthers",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/closeOthers/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:o.items.properties.target.properties.options.anyOf[0].properties.closeOthers.type,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.closeOthers,data:h};e===null?e=[m]:e.push(m),t++}}if(n.persistent!==void 0){let h=n.persistent;if(typeof h!="boolean"){let m={instancePath:i+"/"+a+"/target/options/persistent",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/persistent/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:o.items.properties.target.properties.options.anyOf[0].properties.persistent.type,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.persistent,data:h};e===null?e=[m]:e.push(m),t++}}if(n.onHover!==void 0){let h=n.onHover;if(typeof h!="boolean"){let m={instancePath:i+"/"+a+"/target/options/onHover",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/onHover/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:o.items.properties.target.properties.options.anyOf[0].properties.onHover.type,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.onHover,data:h};e===null?e=[m]:e.push(m),t++}}if(n.isRelativeToMouse!==void 0){let h=n.isRelativeToMouse;if(typeof h!="boolean"){let m={instancePath:i+"/"+a+"/target/options/isRelativeToMouse",schemaPath:"#/items/properties/target/properties/options/anyOf/0/properties/isRelativeToMouse/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:o.items.properties.target.properties.options.anyOf[0].properties.isRelativeToMouse.type,parentSchema:o.items.properties.target.properties.options.anyOf[0].properties.isRelativeToMouse,data:h};e===null?e=[m]:e.push(m),t++}}}else{let h={instancePath:i+"/"+a+"/target/options",schemaPath:"#/items/properties/target/properties/options/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.target.properties.options.anyOf[0].type,parentSchema:o.items.properties.target.properties.options.anyOf[0],data:n};e===null?e=[h]:e.push(h),t++}var w=j===t;if(b=b||w,!b){let h=t;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.key===void 0){let y={instancePath:i+"/"+a+"/target/options",schemaPath:"#/items/properties/target/properties/options/anyOf/1/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:o.items.properties.target.properties.options.anyOf[1].required,parentSchema:o.items.properties.target.properties.options.anyOf[1],data:n};e===null?e=[y]:e.push(y),t++}if(n.key!==void 0){let y=n.key;if(typeof y=="string"){if(T(y)>100){let E={instancePath:i+"/"+a+"/target/options/key",schemaPath:"#/items/properties/target/properties/options/anyOf/1/properties/key/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:o.items.properties.target.properties.options.anyOf[1].properties.key,data:y};e===null?e=[E]:e.push(E),t++}}else{let E={instancePath:i+"/"+a+"/target/options/key",schemaPath:"#/items/properties/target/properties/options/anyOf/1/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.target.properties.options.anyOf[1].properties.key.type,parentSchema:o.items.properties.target.properties.options.anyOf[1].properties.key,data:y};e===null?e=[E]:e.push(E),t++}}}else{let y={instancePath:i+"/"+a+"/target/options",schemaPath:"#/items/properties/target/properties/options/anyOf/1/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.target.properties.options.anyOf[1].type,parentSchema:o.items.properties.target.properties.options.anyOf[1],data:n};e===null?e=[y]:e.push(y),t++}var w=h===t;if(b=b||w,!b){let y=t;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.size!==void 0){let c=n.size;if(typeof c!="string"){let u={instancePath:i+"/"+a+"/target/options/size",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/size/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.target.properties.options.anyOf[2].properties.size.type,parentSchema:o.items.properties.target.properties.options.anyOf[2].properties.size,data:c};e===null?e=[u]:e.push(u),t++}if(!(c==="small"||c==="SMALL"||c==="medium"||c==="MEDIUM"||c==="large"||c==="LARGE"||c==="x-large"||c==="X-LARGE"||c==="fullscreen"||c==="FULLSCREEN"||c==="maximum"||c==="MAXIMUM")){let u={instancePath:i+"/"+a+"/target/options/size",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/size/enum",keyword:"enum",params:{allowedValues:o.items.properties.target.properties.options.anyOf[2].properties.size.enum},message:"must be equal to one of the allowed values",schema:o.items.properties.target.properties.options.anyOf[2].properties.size.enum,parentSchema:o.items.properties.target.properties.options.anyOf[2].properties.size,data:c};e===null?e=[u]:e.push(u),t++}}if(n.chrome!==void 0){let c=n.chrome;if(typeof c!="boolean"){let u={instancePath:i+"/"+a+"/target/options/chrome",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/chrome/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:o.items.properties.target.properties.options.anyOf[2].properties.chrome.type,parentSchema:o.items.properties.target.properties.options.anyOf[2].properties.chrome,data:c};e===null?e=[u]:e.push(u),t++}}if(n.width!==void 0){let c=n.width;if(typeof c=="string"){if(T(c)>10){let u={instancePath:i+"/"+a+"/target/options/width",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/width/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:o.items.properties.target.properties.options.anyOf[2].properties.width,data:c};e===null?e=[u]:e.push(u),t++}}else{let u={instancePath:i+"/"+a+"/target/options/width",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/width/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.target.properties.options.anyOf[2].properties.width.type,parentSchema:o.items.properties.target.properties.options.anyOf[2].properties.width,data:c};e===null?e=[u]:e.push(u),t++}}if(n.header!==void 0&&(S(n.header,{instancePath:i+"/"+a+"/target/options/header",parentData:n,parentDataProperty:"header",rootData:f})||(e=e===null?S.errors:e.concat(S.errors),t=e.length)),n.height!==void 0){let c=n.height;if(typeof c=="string"){if(T(c)>10){let u={instancePath:i+"/"+a+"/target/options/height",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/height/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:o.items.properties.target.properties.options.anyOf[2].properties.height,data:c};e===null?e=[u]:e.push(u),t++}}else{let u={instancePath:i+"/"+a+"/target/options/height",schemaPath:"#/items/properties/target/properties/options/anyOf/2/properties/height/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.target.properties.options.anyOf[2].properties.height.type,parentSchema:o.items.properties.target.properties.options.anyOf[2].properties.height,data:c};e===null?e=[u]:e.push(u),t++}}}else{let c={instancePath:i+"/"+a+"/target/options",schemaPath:"#/items/properties/target/properties/options/anyOf/2/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.target.properties.options.anyOf[2].type,parentSchema:o.items.properties.target.properties.options.anyOf[2],data:n};e===null?e=[c]:e.push(c),t++}var w=y===t;b=b||w}}if(b)t=g,e!==null&&(g?e.length=g:e=null);else{let h={instancePath:i+"/"+a+"/target/options",schemaPath:"#/items/properties/target/properties/options/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:o.items.properties.target.properties.options.anyOf,parentSchema:o.items.properties.target.properties.options,data:n};e===null?e=[h]:e.push(h),t++}}if(p.type!==void 0){let n=p.type;if(typeof n!="string"){let g={instancePath:i+"/"+a+"/target/type",schemaPath:"#/items/properties/target/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.target.properties.type.type,parentSchema:o.items.properties.target.properties.type,data:n};e===null?e=[g]:e.push(g),t++}if(!(n==="page"||n==="PAGE"||n==="dialog"||n==="DIALOG"||n==="inlinedialog"||n==="INLINEDIALOG"||n==="dialogmodule"||n==="DIALOGMODULE")){let g={instancePath:i+"/"+a+"/target/type",schemaPath:"#/items/properties/target/properties/type/enum",keyword:"enum",params:{allowedValues:o.items.properties.target.properties.type.enum},message:"must be equal to one of the allowed values",schema:o.items.properties.target.properties.type.enum,parentSchema:o.items.properties.target.properties.type,data:n};e===null?e=[g]:e.push(g),t++}}}else{let n={instancePath:i+"/"+a+"/target",schemaPath:"#/items/properties/target/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.target.type,parentSchema:o.items.properties.target,data:p};e===null?e=[n]:e.push(n),t++}}d.key!==void 0&&(M(d.key,{instancePath:i+"/"+a+"/key",parentData:d,parentDataProperty:"key",rootData:f})||(e=e===null?M.errors:e.concat(M.errors),t=e.length))}}}else{let v={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:o.type,parentSchema:o,data:r};e===null?e=[v]:e.push(v),t++}return I.errors=e,t===0}function N(r,{instancePath:i="",parentData:k,parentDataProperty:D,rootData:f=r}={}){let e=null,t=0;return I(r,{instancePath:i,parentData:k,parentDataProperty:D,rootData:f})||(e=e===null?I.errors:e.concat(I.errors),t=e.length),N.errors=e,t===0}
