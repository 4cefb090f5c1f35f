"use strict";var x=(t,r)=>()=>{try{return r||t((r={exports:{}}).exports,r),r.exports}catch(c){throw r=0,c}};var q=x(k=>{"use strict";Object.defineProperty(k,"__esModule",{value:!0});function D(t){let r=t.length,c=0,u=0,m;for(;u<r;)c++,m=t.charCodeAt(u++),m>=55296&&m<=56319&&u<r&&(m=t.charCodeAt(u),(m&64512)===56320&&u++);return c}k.default=D;D.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=S;module.exports.default=S;var o={type:"array",items:{properties:{defaultGrants:{items:{enum:["none","NONE","jira-administrators","JIRA-ADMINISTRATORS","all","ALL"],type:"string"},type:"array",fieldDescription:`

Specifies group of users that will be granted this permissions when the add-on is first installed.

 Allowed values:

  * \`NONE\` - Permission will not be granted to anyone by default
  * \`ALL\`  -  If \`anonymousAllowed\` is set to true, every user, both logged in and anonymous, will be granted the permission.
            Otherwise, permission will be granted to every user with application role assigned.
  * \`JIRA-ADMINISTRATORS\` - Every user with jira administration permission will be granted this permission.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},description:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Description of the global permission. It will be displayed under the permission's name.

`},anonymousAllowed:{type:"boolean",fieldDescription:`

Specifies if this permission can be granted to anonymous users.

`,defaultValue:"true"},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","description","key"],not:{required:["unlicensedAccess"]}},minItems:1},h={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},T=q().default;function y(t,{instancePath:r="",parentData:c,parentDataProperty:u,rootData:m=t}={}){let e=null,n=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.value===void 0){let a={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:h.required,parentSchema:h,data:t};e===null?e=[a]:e.push(a),n++}if(t.value!==void 0){let a=t.value;if(typeof a=="string"){if(T(a)>1500){let p={instancePath:r+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:h.properties.value,data:a};e===null?e=[p]:e.push(p),n++}}else{let p={instancePath:r+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:h.properties.value.type,parentSchema:h.properties.value,data:a};e===null?e=[p]:e.push(p),n++}}if(t.i18n!==void 0){let a=t.i18n;if(typeof a=="string"){if(T(a)>300){let p={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:h.properties.i18n,data:a};e===null?e=[p]:e.push(p),n++}}else{let p={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:h.properties.i18n.type,parentSchema:h.properties.i18n,data:a};e===null?e=[p]:e.push(p),n++}}}else{let a={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:h.type,parentSchema:h,data:t};e===null?e=[a]:e.push(a),n++}return y.errors=e,n===0}var P={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},N=new RegExp("^[a-zA-Z0-9_-]+$","u");function w(t,{instancePath:r="",parentData:c,parentDataProperty:u,rootData:m=t}={}){let e=null,n=0;if(typeof t=="string"){if(!N.test(t)){let a={instancePath:r,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:P,data:t};e===null?e=[a]:e.push(a),n++}}else{let a={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:P.type,parentSchema:P,data:t};e===null?e=[a]:e.push(a),n++}return w.errors=e,n===0}function b(t,{instancePath:r="",parentData:c,parentDataProperty:u,rootData:m=t}={}){let e=null,n=0;if(Array.isArray(t)){if(t.length<1){let l={instancePath:r,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:o,data:t};e===null?e=[l]:e.push(l),n++}let p=t.length;for(let l=0;l<p;l++){let s=t[l],A=n,I=n;if(s&&typeof s=="object"&&!Array.isArray(s)){let i;if(s.unlicensedAccess===void 0&&(i="unlicensedAccess")){let d={};e===null?e=[d]:e.push(d),n++}}var a=I===n;if(a){let i={instancePath:r+"/"+l,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:o.items.not,parentSchema:o.items,data:s};e===null?e=[i]:e.push(i),n++}else n=A,e!==null&&(A?e.length=A:e=null);if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.name===void 0){let i={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:o.items.required,parentSchema:o.items,data:s};e===null?e=[i]:e.push(i),n++}if(s.description===void 0){let i={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"description"},message:"must have required property 'description'",schema:o.items.required,parentSchema:o.items,data:s};e===null?e=[i]:e.push(i),n++}if(s.key===void 0){let i={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:o.items.required,parentSchema:o.items,data:s};e===null?e=[i]:e.push(i),n++}if(s.defaultGrants!==void 0){let i=s.defaultGrants;if(Array.isArray(i)){let d=i.length;for(let g=0;g<d;g++){let f=i[g];if(typeof f!="string"){let v={instancePath:r+"/"+l+"/defaultGrants/"+g,schemaPath:"#/items/properties/defaultGrants/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.defaultGrants.items.type,parentSchema:o.items.properties.defaultGrants.items,data:f};e===null?e=[v]:e.push(v),n++}if(!(f==="none"||f==="NONE"||f==="jira-administrators"||f==="JIRA-ADMINISTRATORS"||f==="all"||f==="ALL")){let v={instancePath:r+"/"+l+"/defaultGrants/"+g,schemaPath:"#/items/properties/defaultGrants/items/enum",keyword:"enum",params:{allowedValues:o.items.properties.defaultGrants.items.enum},message:"must be equal to one of the allowed values",schema:o.items.properties.defaultGrants.items.enum,parentSchema:o.items.properties.defaultGrants.items,data:f};e===null?e=[v]:e.push(v),n++}}}else{let d={instancePath:r+"/"+l+"/defaultGrants",schemaPath:"#/items/properties/defaultGrants/type",keyword:"type",params:{type:"array"},message:"must be array",schema:o.items.properties.defaultGrants.type,parentSchema:o.items.properties.defaultGrants,data:i};e===null?e=[d]:e.push(d),n++}}if(s.name!==void 0&&(y(s.name,{instancePath:r+"/"+l+"/name",parentData:s,parentDataProperty:"name",rootData:m})||(e=e===null?y.errors:e.concat(y.errors),n=e.length)),s.description!==void 0&&(y(s.description,{instancePath:r+"/"+l+"/description",parentData:s,parentDataProperty:"description",rootData:m})||(e=e===null?y.errors:e.concat(y.errors),n=e.length)),s.anonymousAllowed!==void 0){let i=s.anonymousAllowed;if(typeof i!="boolean"){let d={instancePath:r+"/"+l+"/anonymousAllowed",schemaPath:"#/items/properties/anonymousAllowed/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:o.items.properties.anonymousAllowed.type,parentSchema:o.items.properties.anonymousAllowed,data:i};e===null?e=[d]:e.push(d),n++}}s.key!==void 0&&(w(s.key,{instancePath:r+"/"+l+"/key",parentData:s,parentDataProperty:"key",rootData:m})||(e=e===null?w.errors:e.concat(w.errors),n=e.length))}}}else{let p={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:o.type,parentSchema:o,data:t};e===null?e=[p]:e.push(p),n++}return b.errors=e,n===0}function S(t,{instancePath:r="",parentData:c,parentDataProperty:u,rootData:m=t}={}){let e=null,n=0;return b(t,{instancePath:r,parentData:c,parentDataProperty:u,rootData:m})||(e=e===null?b.errors:e.concat(b.errors),n=e.length),S.errors=e,n===0}
