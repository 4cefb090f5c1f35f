"use strict";var D=(t,r)=>()=>{try{return r||t((r={exports:{}}).exports,r),r.exports}catch(d){throw r=0,d}};var w=D(b=>{"use strict";Object.defineProperty(b,"__esModule",{value:!0});function U(t){let r=t.length,d=0,c=0,u;for(;c<r;)d++,u=t.charCodeAt(c++),u>=55296&&u<=56319&&c<r&&(u=t.charCodeAt(c),(u&64512)===56320&&c++);return d}b.default=U;U.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=P;module.exports.default=P;var o={type:"array",items:{properties:{homeUrl:{type:"string",fieldDescription:`

URL to the provider's homepage

`},documentationUrl:{type:"string",fieldDescription:`

Optional URL to documentation about the provider's Jira integration

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},actions:{properties:{},shortClassName:"buildProviderAllActionsBean",type:"object",description:`

<p>Build actions that can be performed by Jira users.</p>
 <p>Currently there are no actions defined for build providers. Please contact us if you need any.</p>

`,fieldDescription:`

Optional actions that can be performed by Jira users

`},logoUrl:{type:"string",fieldDescription:`

Optional URL to the provider's logo, which will be displayed in the UI

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["homeUrl","name","key"],not:{required:["unlicensedAccess"]}},minItems:1},h={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},A=w().default;function y(t,{instancePath:r="",parentData:d,parentDataProperty:c,rootData:u=t}={}){let e=null,n=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.value===void 0){let a={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:h.required,parentSchema:h,data:t};e===null?e=[a]:e.push(a),n++}if(t.value!==void 0){let a=t.value;if(typeof a=="string"){if(A(a)>1500){let l={instancePath:r+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:h.properties.value,data:a};e===null?e=[l]:e.push(l),n++}}else{let l={instancePath:r+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:h.properties.value.type,parentSchema:h.properties.value,data:a};e===null?e=[l]:e.push(l),n++}}if(t.i18n!==void 0){let a=t.i18n;if(typeof a=="string"){if(A(a)>300){let l={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:h.properties.i18n,data:a};e===null?e=[l]:e.push(l),n++}}else{let l={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:h.properties.i18n.type,parentSchema:h.properties.i18n,data:a};e===null?e=[l]:e.push(l),n++}}}else{let a={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:h.type,parentSchema:h,data:t};e===null?e=[a]:e.push(a),n++}return y.errors=e,n===0}var k={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},S=new RegExp("^[a-zA-Z0-9_-]+$","u");function f(t,{instancePath:r="",parentData:d,parentDataProperty:c,rootData:u=t}={}){let e=null,n=0;if(typeof t=="string"){if(!S.test(t)){let a={instancePath:r,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:k,data:t};e===null?e=[a]:e.push(a),n++}}else{let a={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:k.type,parentSchema:k,data:t};e===null?e=[a]:e.push(a),n++}return f.errors=e,n===0}function g(t,{instancePath:r="",parentData:d,parentDataProperty:c,rootData:u=t}={}){let e=null,n=0;if(Array.isArray(t)){if(t.length<1){let p={instancePath:r,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:o,data:t};e===null?e=[p]:e.push(p),n++}let l=t.length;for(let p=0;p<l;p++){let s=t[p],v=n,q=n;if(s&&typeof s=="object"&&!Array.isArray(s)){let i;if(s.unlicensedAccess===void 0&&(i="unlicensedAccess")){let m={};e===null?e=[m]:e.push(m),n++}}var a=q===n;if(a){let i={instancePath:r+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:o.items.not,parentSchema:o.items,data:s};e===null?e=[i]:e.push(i),n++}else n=v,e!==null&&(v?e.length=v:e=null);if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.homeUrl===void 0){let i={instancePath:r+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"homeUrl"},message:"must have required property 'homeUrl'",schema:o.items.required,parentSchema:o.items,data:s};e===null?e=[i]:e.push(i),n++}if(s.name===void 0){let i={instancePath:r+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:o.items.required,parentSchema:o.items,data:s};e===null?e=[i]:e.push(i),n++}if(s.key===void 0){let i={instancePath:r+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:o.items.required,parentSchema:o.items,data:s};e===null?e=[i]:e.push(i),n++}if(s.homeUrl!==void 0){let i=s.homeUrl;if(typeof i!="string"){let m={instancePath:r+"/"+p+"/homeUrl",schemaPath:"#/items/properties/homeUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.homeUrl.type,parentSchema:o.items.properties.homeUrl,data:i};e===null?e=[m]:e.push(m),n++}}if(s.documentationUrl!==void 0){let i=s.documentationUrl;if(typeof i!="string"){let m={instancePath:r+"/"+p+"/documentationUrl",schemaPath:"#/items/properties/documentationUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.documentationUrl.type,parentSchema:o.items.properties.documentationUrl,data:i};e===null?e=[m]:e.push(m),n++}}if(s.name!==void 0&&(y(s.name,{instancePath:r+"/"+p+"/name",parentData:s,parentDataProperty:"name",rootData:u})||(e=e===null?y.errors:e.concat(y.errors),n=e.length)),s.actions!==void 0){let i=s.actions;if(!(i&&typeof i=="object"&&!Array.isArray(i))){let m={instancePath:r+"/"+p+"/actions",schemaPath:"#/items/properties/actions/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.actions.type,parentSchema:o.items.properties.actions,data:i};e===null?e=[m]:e.push(m),n++}}if(s.logoUrl!==void 0){let i=s.logoUrl;if(typeof i!="string"){let m={instancePath:r+"/"+p+"/logoUrl",schemaPath:"#/items/properties/logoUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.logoUrl.type,parentSchema:o.items.properties.logoUrl,data:i};e===null?e=[m]:e.push(m),n++}}s.key!==void 0&&(f(s.key,{instancePath:r+"/"+p+"/key",parentData:s,parentDataProperty:"key",rootData:u})||(e=e===null?f.errors:e.concat(f.errors),n=e.length))}}}else{let l={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:o.type,parentSchema:o,data:t};e===null?e=[l]:e.push(l),n++}return g.errors=e,n===0}function P(t,{instancePath:r="",parentData:d,parentDataProperty:c,rootData:u=t}={}){let e=null,n=0;return g(t,{instancePath:r,parentData:d,parentDataProperty:c,rootData:u})||(e=e===null?g.errors:e.concat(g.errors),n=e.length),P.errors=e,n===0}
