"use strict";var M=(n,a)=>()=>{try{return a||n((a={exports:{}}).exports,a),a.exports}catch(u){throw a=0,u}};var A=M(k=>{"use strict";Object.defineProperty(k,"__esModule",{value:!0});function S(n){let a=n.length,u=0,d=0,p;for(;d<a;)u++,p=n.charCodeAt(d++),p>=55296&&p<=56319&&d<a&&(p=n.charCodeAt(d),(p&64512)===56320&&d++);return u}k.default=S;S.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=D;module.exports.default=D;var m={type:"array",items:{properties:{options:{$ref:"#/definitions/dialogOptions",fieldDescription:`

<p>An object containing options for this dialog.</p>

`},cacheable:{type:"boolean",fieldDescription:`

Returns whether the URL should be cacheable. Cacheable URLs are taken directly from the add-on descriptor, and
 lack all additional query parameters:
 <ul>
     <li>standard iframe query parameters</li>
     <li>product context parameters</li>
     <li>JWT token</li>
 </ul>

`,defaultValue:"false"},url:{type:"string",fieldDescription:`

Specifies the URL of the content displayed in the dialog. The URL can be absolute or relative to either the
 product URL or the add-on's base URL, depending on the _context_ attribute.

 Your add-on can receive <a href="../../context-parameters/">additional context</a> from the application by
 using variable tokens in the URL attribute.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["url","key"],not:{required:["unlicensedAccess"]}},minItems:1},l={properties:{size:{enum:["small","SMALL","medium","MEDIUM","large","LARGE","x-large","X-LARGE","fullscreen","FULLSCREEN","maximum","MAXIMUM"],type:"string",fieldDescription:`

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


`},w=A().default,c={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`};function y(n,{instancePath:a="",parentData:u,parentDataProperty:d,rootData:p=n}={}){let e=null,r=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let t={instancePath:a,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:c.required,parentSchema:c,data:n};e===null?e=[t]:e.push(t),r++}if(n.value!==void 0){let t=n.value;if(typeof t=="string"){if(w(t)>1500){let i={instancePath:a+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:c.properties.value,data:t};e===null?e=[i]:e.push(i),r++}}else{let i={instancePath:a+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.value.type,parentSchema:c.properties.value,data:t};e===null?e=[i]:e.push(i),r++}}if(n.i18n!==void 0){let t=n.i18n;if(typeof t=="string"){if(w(t)>300){let i={instancePath:a+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:c.properties.i18n,data:t};e===null?e=[i]:e.push(i),r++}}else{let i={instancePath:a+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.properties.i18n.type,parentSchema:c.properties.i18n,data:t};e===null?e=[i]:e.push(i),r++}}}else{let t={instancePath:a,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:c.type,parentSchema:c,data:n};e===null?e=[t]:e.push(t),r++}return y.errors=e,r===0}function g(n,{instancePath:a="",parentData:u,parentDataProperty:d,rootData:p=n}={}){let e=null,r=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.size!==void 0){let t=n.size;if(typeof t!="string"){let i={instancePath:a+"/size",schemaPath:"#/properties/size/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.size.type,parentSchema:l.properties.size,data:t};e===null?e=[i]:e.push(i),r++}if(!(t==="small"||t==="SMALL"||t==="medium"||t==="MEDIUM"||t==="large"||t==="LARGE"||t==="x-large"||t==="X-LARGE"||t==="fullscreen"||t==="FULLSCREEN"||t==="maximum"||t==="MAXIMUM")){let i={instancePath:a+"/size",schemaPath:"#/properties/size/enum",keyword:"enum",params:{allowedValues:l.properties.size.enum},message:"must be equal to one of the allowed values",schema:l.properties.size.enum,parentSchema:l.properties.size,data:t};e===null?e=[i]:e.push(i),r++}}if(n.chrome!==void 0){let t=n.chrome;if(typeof t!="boolean"){let i={instancePath:a+"/chrome",schemaPath:"#/properties/chrome/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:l.properties.chrome.type,parentSchema:l.properties.chrome,data:t};e===null?e=[i]:e.push(i),r++}}if(n.width!==void 0){let t=n.width;if(typeof t=="string"){if(w(t)>10){let i={instancePath:a+"/width",schemaPath:"#/properties/width/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:l.properties.width,data:t};e===null?e=[i]:e.push(i),r++}}else{let i={instancePath:a+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.width.type,parentSchema:l.properties.width,data:t};e===null?e=[i]:e.push(i),r++}}if(n.header!==void 0&&(y(n.header,{instancePath:a+"/header",parentData:n,parentDataProperty:"header",rootData:p})||(e=e===null?y.errors:e.concat(y.errors),r=e.length)),n.height!==void 0){let t=n.height;if(typeof t=="string"){if(w(t)>10){let i={instancePath:a+"/height",schemaPath:"#/properties/height/maxLength",keyword:"maxLength",params:{limit:10},message:"must NOT have more than 10 characters",schema:10,parentSchema:l.properties.height,data:t};e===null?e=[i]:e.push(i),r++}}else{let i={instancePath:a+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.properties.height.type,parentSchema:l.properties.height,data:t};e===null?e=[i]:e.push(i),r++}}}else{let t={instancePath:a,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.type,parentSchema:l,data:n};e===null?e=[t]:e.push(t),r++}return g.errors=e,r===0}var L={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},z=new RegExp("^[a-zA-Z0-9_-]+$","u");function b(n,{instancePath:a="",parentData:u,parentDataProperty:d,rootData:p=n}={}){let e=null,r=0;if(typeof n=="string"){if(!z.test(n)){let t={instancePath:a,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:L,data:n};e===null?e=[t]:e.push(t),r++}}else{let t={instancePath:a,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:L.type,parentSchema:L,data:n};e===null?e=[t]:e.push(t),r++}return b.errors=e,r===0}function v(n,{instancePath:a="",parentData:u,parentDataProperty:d,rootData:p=n}={}){let e=null,r=0;if(Array.isArray(n)){if(n.length<1){let h={instancePath:a,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:m,data:n};e===null?e=[h]:e.push(h),r++}let i=n.length;for(let h=0;h<i;h++){let s=n[h],x=r,P=r;if(s&&typeof s=="object"&&!Array.isArray(s)){let o;if(s.unlicensedAccess===void 0&&(o="unlicensedAccess")){let f={};e===null?e=[f]:e.push(f),r++}}var t=P===r;if(t){let o={instancePath:a+"/"+h,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:m.items.not,parentSchema:m.items,data:s};e===null?e=[o]:e.push(o),r++}else r=x,e!==null&&(x?e.length=x:e=null);if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.url===void 0){let o={instancePath:a+"/"+h,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:m.items.required,parentSchema:m.items,data:s};e===null?e=[o]:e.push(o),r++}if(s.key===void 0){let o={instancePath:a+"/"+h,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:m.items.required,parentSchema:m.items,data:s};e===null?e=[o]:e.push(o),r++}if(s.options!==void 0&&(g(s.options,{instancePath:a+"/"+h+"/options",parentData:s,parentDataProperty:"options",rootData:p})||(e=e===null?g.errors:e.concat(g.errors),r=e.length)),s.cacheable!==void 0){let o=s.cacheable;if(typeof o!="boolean"){let f={instancePath:a+"/"+h+"/cacheable",schemaPath:"#/items/properties/cacheable/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:m.items.properties.cacheable.type,parentSchema:m.items.properties.cacheable,data:o};e===null?e=[f]:e.push(f),r++}}if(s.url!==void 0){let o=s.url;if(typeof o!="string"){let f={instancePath:a+"/"+h+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:m.items.properties.url.type,parentSchema:m.items.properties.url,data:o};e===null?e=[f]:e.push(f),r++}}s.key!==void 0&&(b(s.key,{instancePath:a+"/"+h+"/key",parentData:s,parentDataProperty:"key",rootData:p})||(e=e===null?b.errors:e.concat(b.errors),r=e.length))}}}else{let i={instancePath:a,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:m.type,parentSchema:m,data:n};e===null?e=[i]:e.push(i),r++}return v.errors=e,r===0}function D(n,{instancePath:a="",parentData:u,parentDataProperty:d,rootData:p=n}={}){let e=null,r=0;return v(n,{instancePath:a,parentData:u,parentDataProperty:d,rootData:p})||(e=e===null?v.errors:e.concat(v.errors),r=e.length),D.errors=e,r===0}
