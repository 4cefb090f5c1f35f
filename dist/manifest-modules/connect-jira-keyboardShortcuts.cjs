"use strict";var T=(a,r)=>()=>{try{return r||a((r={exports:{}}).exports,r),r.exports}catch(d){throw r=0,d}};var P=T(w=>{"use strict";Object.defineProperty(w,"__esModule",{value:!0});function S(a){let r=a.length,d=0,c=0,u;for(;c<r;)d++,u=a.charCodeAt(c++),u>=55296&&u<=56319&&c<r&&(u=a.charCodeAt(c),(u&64512)===56320&&c++);return d}w.default=S;S.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=A;module.exports.default=A;var i={type:"array",items:{properties:{shortcut:{pattern:"[a-z]{1,3}",maxLength:3,type:"string",fieldDescription:`

The shortcut sequence. The current limitations are

 <ul>
     <li>the sequence cannot shadow an existing product shortcut</li>
     <li>can only contain lowercase letters</li>
     <li>has to be shorter than 4 characters</li>
 </ul>

`},context:{enum:["global","GLOBAL","issue_navigation","ISSUE_NAVIGATION","issue_action","ISSUE_ACTION","agile_board","AGILE_BOARD"],type:"string",fieldDescription:`

The context in which the shortcut will be available. This is optional, if not given the shortcut is assumed to be global.
 Different products define different contexts.

 Jira supported contexts:
 <ul>
     <li>global</li>
     <li>issue&#95;navigation</li>
     <li>issue&#95;action</li>
     <li>agile&#95;board</li>
 </ul>

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},target:{properties:{key:{pattern:"^[a-zA-Z0-9-]+$",maxLength:1e3,type:"string",fieldDescription:`

The key of the target module, defined in the add-on descriptor.

`}},required:["key"],shortClassName:"keyboardShortcutTargetBean",type:"object",title:"Keyboard Shortcut Target",description:`

The bean containing the key of the target module of the shortcut.

`,fieldDescription:`

The target must be the key of another module defined by the add-on.

 Below are the actions which will be executed by the shortcut depending on the module type of the target.

 <ul>
  <li>General Page: Navigates to the general page</li>
  <li>Dialog: Opens the dialog</li>
  <li>Web Item: Emulates clicking on the web item, which must be present on the current page</li>
 </ul>

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["shortcut","name","target","key"],not:{required:["unlicensedAccess"]}},minItems:1},k=P().default,D=new RegExp("[a-z]{1,3}","u"),_=new RegExp("^[a-zA-Z0-9-]+$","u"),m={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`};function f(a,{instancePath:r="",parentData:d,parentDataProperty:c,rootData:u=a}={}){let e=null,n=0;if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.value===void 0){let l={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:m.required,parentSchema:m,data:a};e===null?e=[l]:e.push(l),n++}if(a.value!==void 0){let l=a.value;if(typeof l=="string"){if(k(l)>1500){let h={instancePath:r+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:m.properties.value,data:l};e===null?e=[h]:e.push(h),n++}}else{let h={instancePath:r+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:m.properties.value.type,parentSchema:m.properties.value,data:l};e===null?e=[h]:e.push(h),n++}}if(a.i18n!==void 0){let l=a.i18n;if(typeof l=="string"){if(k(l)>300){let h={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:m.properties.i18n,data:l};e===null?e=[h]:e.push(h),n++}}else{let h={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:m.properties.i18n.type,parentSchema:m.properties.i18n,data:l};e===null?e=[h]:e.push(h),n++}}}else{let l={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:m.type,parentSchema:m,data:a};e===null?e=[l]:e.push(l),n++}return f.errors=e,n===0}var x={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},L=new RegExp("^[a-zA-Z0-9_-]+$","u");function g(a,{instancePath:r="",parentData:d,parentDataProperty:c,rootData:u=a}={}){let e=null,n=0;if(typeof a=="string"){if(!L.test(a)){let l={instancePath:r,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:x,data:a};e===null?e=[l]:e.push(l),n++}}else{let l={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:x.type,parentSchema:x,data:a};e===null?e=[l]:e.push(l),n++}return g.errors=e,n===0}function b(a,{instancePath:r="",parentData:d,parentDataProperty:c,rootData:u=a}={}){let e=null,n=0;if(Array.isArray(a)){if(a.length<1){let p={instancePath:r,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:i,data:a};e===null?e=[p]:e.push(p),n++}let h=a.length;for(let p=0;p<h;p++){let o=a[p],v=n,q=n;if(o&&typeof o=="object"&&!Array.isArray(o)){let t;if(o.unlicensedAccess===void 0&&(t="unlicensedAccess")){let s={};e===null?e=[s]:e.push(s),n++}}var l=q===n;if(l){let t={instancePath:r+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:i.items.not,parentSchema:i.items,data:o};e===null?e=[t]:e.push(t),n++}else n=v,e!==null&&(v?e.length=v:e=null);if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.shortcut===void 0){let t={instancePath:r+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"shortcut"},message:"must have required property 'shortcut'",schema:i.items.required,parentSchema:i.items,data:o};e===null?e=[t]:e.push(t),n++}if(o.name===void 0){let t={instancePath:r+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:i.items.required,parentSchema:i.items,data:o};e===null?e=[t]:e.push(t),n++}if(o.target===void 0){let t={instancePath:r+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"target"},message:"must have required property 'target'",schema:i.items.required,parentSchema:i.items,data:o};e===null?e=[t]:e.push(t),n++}if(o.key===void 0){let t={instancePath:r+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:i.items.required,parentSchema:i.items,data:o};e===null?e=[t]:e.push(t),n++}if(o.shortcut!==void 0){let t=o.shortcut;if(typeof t=="string"){if(k(t)>3){let s={instancePath:r+"/"+p+"/shortcut",schemaPath:"#/items/properties/shortcut/maxLength",keyword:"maxLength",params:{limit:3},message:"must NOT have more than 3 characters",schema:3,parentSchema:i.items.properties.shortcut,data:t};e===null?e=[s]:e.push(s),n++}if(!D.test(t)){let s={instancePath:r+"/"+p+"/shortcut",schemaPath:"#/items/properties/shortcut/pattern",keyword:"pattern",params:{pattern:"[a-z]{1,3}"},message:'must match pattern "[a-z]{1,3}"',schema:"[a-z]{1,3}",parentSchema:i.items.properties.shortcut,data:t};e===null?e=[s]:e.push(s),n++}}else{let s={instancePath:r+"/"+p+"/shortcut",schemaPath:"#/items/properties/shortcut/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.shortcut.type,parentSchema:i.items.properties.shortcut,data:t};e===null?e=[s]:e.push(s),n++}}if(o.context!==void 0){let t=o.context;if(typeof t!="string"){let s={instancePath:r+"/"+p+"/context",schemaPath:"#/items/properties/context/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.context.type,parentSchema:i.items.properties.context,data:t};e===null?e=[s]:e.push(s),n++}if(!(t==="global"||t==="GLOBAL"||t==="issue_navigation"||t==="ISSUE_NAVIGATION"||t==="issue_action"||t==="ISSUE_ACTION"||t==="agile_board"||t==="AGILE_BOARD")){let s={instancePath:r+"/"+p+"/context",schemaPath:"#/items/properties/context/enum",keyword:"enum",params:{allowedValues:i.items.properties.context.enum},message:"must be equal to one of the allowed values",schema:i.items.properties.context.enum,parentSchema:i.items.properties.context,data:t};e===null?e=[s]:e.push(s),n++}}if(o.name!==void 0&&(f(o.name,{instancePath:r+"/"+p+"/name",parentData:o,parentDataProperty:"name",rootData:u})||(e=e===null?f.errors:e.concat(f.errors),n=e.length)),o.target!==void 0){let t=o.target;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.key===void 0){let s={instancePath:r+"/"+p+"/target",schemaPath:"#/items/properties/target/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:i.items.properties.target.required,parentSchema:i.items.properties.target,data:t};e===null?e=[s]:e.push(s),n++}if(t.key!==void 0){let s=t.key;if(typeof s=="string"){if(k(s)>1e3){let y={instancePath:r+"/"+p+"/target/key",schemaPath:"#/items/properties/target/properties/key/maxLength",keyword:"maxLength",params:{limit:1e3},message:"must NOT have more than 1000 characters",schema:1e3,parentSchema:i.items.properties.target.properties.key,data:s};e===null?e=[y]:e.push(y),n++}if(!_.test(s)){let y={instancePath:r+"/"+p+"/target/key",schemaPath:"#/items/properties/target/properties/key/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9-]+$"},message:'must match pattern "^[a-zA-Z0-9-]+$"',schema:"^[a-zA-Z0-9-]+$",parentSchema:i.items.properties.target.properties.key,data:s};e===null?e=[y]:e.push(y),n++}}else{let y={instancePath:r+"/"+p+"/target/key",schemaPath:"#/items/properties/target/properties/key/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.target.properties.key.type,parentSchema:i.items.properties.target.properties.key,data:s};e===null?e=[y]:e.push(y),n++}}}else{let s={instancePath:r+"/"+p+"/target",schemaPath:"#/items/properties/target/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.target.type,parentSchema:i.items.properties.target,data:t};e===null?e=[s]:e.push(s),n++}}o.key!==void 0&&(g(o.key,{instancePath:r+"/"+p+"/key",parentData:o,parentDataProperty:"key",rootData:u})||(e=e===null?g.errors:e.concat(g.errors),n=e.length))}}}else{let h={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.type,parentSchema:i,data:a};e===null?e=[h]:e.push(h),n++}return b.errors=e,n===0}function A(a,{instancePath:r="",parentData:d,parentDataProperty:c,rootData:u=a}={}){let e=null,n=0;return b(a,{instancePath:r,parentData:d,parentDataProperty:c,rootData:u})||(e=e===null?b.errors:e.concat(b.errors),n=e.length),A.errors=e,n===0}
