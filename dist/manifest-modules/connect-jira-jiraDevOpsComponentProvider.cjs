"use strict";var S=(s,n)=>()=>{try{return n||s((n={exports:{}}).exports,n),n.exports}catch(h){throw n=0,h}};var P=S(D=>{"use strict";Object.defineProperty(D,"__esModule",{value:!0});function w(s){let n=s.length,h=0,m=0,d;for(;m<n;)h++,d=s.charCodeAt(m++),d>=55296&&d<=56319&&m<n&&(d=s.charCodeAt(m),(d&64512)===56320&&m++);return h}D.default=w;w.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=k;module.exports.default=k;var c={type:"array",items:{properties:{homeUrl:{type:"string",fieldDescription:`

URL to the provider's homepage

`},logoUrl:{type:"string",fieldDescription:`

Optional URL to the provider's logo, which will be displayed in the UI

`},documentationUrl:{type:"string",fieldDescription:`

Optional URL to documentation about the provider's Jira integration

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},actions:{$ref:"#/definitions/devOpsComponentProviderActionsBean",fieldDescription:`

DevOps Component actions that can be performed by Jira users.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["homeUrl","name","key"],not:{required:["unlicensedAccess"]}},minItems:1},y={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},q=P().default;function f(s,{instancePath:n="",parentData:h,parentDataProperty:m,rootData:d=s}={}){let e=null,i=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.value===void 0){let t={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:y.required,parentSchema:y,data:s};e===null?e=[t]:e.push(t),i++}if(s.value!==void 0){let t=s.value;if(typeof t=="string"){if(q(t)>1500){let r={instancePath:n+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:y.properties.value,data:t};e===null?e=[r]:e.push(r),i++}}else{let r={instancePath:n+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.value.type,parentSchema:y.properties.value,data:t};e===null?e=[r]:e.push(r),i++}}if(s.i18n!==void 0){let t=s.i18n;if(typeof t=="string"){if(q(t)>300){let r={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:y.properties.i18n,data:t};e===null?e=[r]:e.push(r),i++}}else{let r={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.i18n.type,parentSchema:y.properties.i18n,data:t};e===null?e=[r]:e.push(r),i++}}}else{let t={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.type,parentSchema:y,data:s};e===null?e=[t]:e.push(t),i++}return f.errors=e,i===0}var a={properties:{associate:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"devOpsComponentProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.flags}</code>.</p>

`,fieldDescription:`

Action to associate a devops component entity with a Jira issue.

`},disassociate:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"devOpsComponentProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.flags}</code>.</p>

`,fieldDescription:`

Action to disassociate a devops component entity from a Jira issue.

`},onEntityAssociated:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"devOpsComponentProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.flags}</code>.</p>

`,fieldDescription:`

Action to notify the component provider when a devops component  has been associated with a Jira issue.

`},onEntityDisassociated:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"devOpsComponentProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.flags}</code>.</p>

`,fieldDescription:`

Action to notify the component provider when a devops component  has been disassociated from a Jira issue.

`}},shortClassName:"devOpsComponentProviderActionsBean",type:"object",title:"DevOps Component Actions",description:`

<p>DevOps Component actions that can be performed by Jira users.</p>
<p>Each action is optional (unless indicated otherwise). The absence of an action indicates that the action is not supported by the provider.</p>
`,required:["associate","disassociate"]};function g(s,{instancePath:n="",parentData:h,parentDataProperty:m,rootData:d=s}={}){let e=null,i=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.associate===void 0){let t={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"associate"},message:"must have required property 'associate'",schema:a.required,parentSchema:a,data:s};e===null?e=[t]:e.push(t),i++}if(s.disassociate===void 0){let t={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"disassociate"},message:"must have required property 'disassociate'",schema:a.required,parentSchema:a,data:s};e===null?e=[t]:e.push(t),i++}if(s.associate!==void 0){let t=s.associate;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.templateUrl===void 0){let r={instancePath:n+"/associate",schemaPath:"#/properties/associate/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:a.properties.associate.required,parentSchema:a.properties.associate,data:t};e===null?e=[r]:e.push(r),i++}if(t.templateUrl!==void 0){let r=t.templateUrl;if(typeof r!="string"){let p={instancePath:n+"/associate/templateUrl",schemaPath:"#/properties/associate/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.properties.associate.properties.templateUrl.type,parentSchema:a.properties.associate.properties.templateUrl,data:r};e===null?e=[p]:e.push(p),i++}}}else{let r={instancePath:n+"/associate",schemaPath:"#/properties/associate/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.properties.associate.type,parentSchema:a.properties.associate,data:t};e===null?e=[r]:e.push(r),i++}}if(s.disassociate!==void 0){let t=s.disassociate;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.templateUrl===void 0){let r={instancePath:n+"/disassociate",schemaPath:"#/properties/disassociate/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:a.properties.disassociate.required,parentSchema:a.properties.disassociate,data:t};e===null?e=[r]:e.push(r),i++}if(t.templateUrl!==void 0){let r=t.templateUrl;if(typeof r!="string"){let p={instancePath:n+"/disassociate/templateUrl",schemaPath:"#/properties/disassociate/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.properties.disassociate.properties.templateUrl.type,parentSchema:a.properties.disassociate.properties.templateUrl,data:r};e===null?e=[p]:e.push(p),i++}}}else{let r={instancePath:n+"/disassociate",schemaPath:"#/properties/disassociate/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.properties.disassociate.type,parentSchema:a.properties.disassociate,data:t};e===null?e=[r]:e.push(r),i++}}if(s.onEntityAssociated!==void 0){let t=s.onEntityAssociated;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.templateUrl===void 0){let r={instancePath:n+"/onEntityAssociated",schemaPath:"#/properties/onEntityAssociated/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:a.properties.onEntityAssociated.required,parentSchema:a.properties.onEntityAssociated,data:t};e===null?e=[r]:e.push(r),i++}if(t.templateUrl!==void 0){let r=t.templateUrl;if(typeof r!="string"){let p={instancePath:n+"/onEntityAssociated/templateUrl",schemaPath:"#/properties/onEntityAssociated/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.properties.onEntityAssociated.properties.templateUrl.type,parentSchema:a.properties.onEntityAssociated.properties.templateUrl,data:r};e===null?e=[p]:e.push(p),i++}}}else{let r={instancePath:n+"/onEntityAssociated",schemaPath:"#/properties/onEntityAssociated/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.properties.onEntityAssociated.type,parentSchema:a.properties.onEntityAssociated,data:t};e===null?e=[r]:e.push(r),i++}}if(s.onEntityDisassociated!==void 0){let t=s.onEntityDisassociated;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.templateUrl===void 0){let r={instancePath:n+"/onEntityDisassociated",schemaPath:"#/properties/onEntityDisassociated/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:a.properties.onEntityDisassociated.required,parentSchema:a.properties.onEntityDisassociated,data:t};e===null?e=[r]:e.push(r),i++}if(t.templateUrl!==void 0){let r=t.templateUrl;if(typeof r!="string"){let p={instancePath:n+"/onEntityDisassociated/templateUrl",schemaPath:"#/properties/onEntityDisassociated/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.properties.onEntityDisassociated.properties.templateUrl.type,parentSchema:a.properties.onEntityDisassociated.properties.templateUrl,data:r};e===null?e=[p]:e.push(p),i++}}}else{let r={instancePath:n+"/onEntityDisassociated",schemaPath:"#/properties/onEntityDisassociated/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.properties.onEntityDisassociated.type,parentSchema:a.properties.onEntityDisassociated,data:t};e===null?e=[r]:e.push(r),i++}}}else{let t={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.type,parentSchema:a,data:s};e===null?e=[t]:e.push(t),i++}return g.errors=e,i===0}var A={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},j=new RegExp("^[a-zA-Z0-9_-]+$","u");function v(s,{instancePath:n="",parentData:h,parentDataProperty:m,rootData:d=s}={}){let e=null,i=0;if(typeof s=="string"){if(!j.test(s)){let t={instancePath:n,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:A,data:s};e===null?e=[t]:e.push(t),i++}}else{let t={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:A.type,parentSchema:A,data:s};e===null?e=[t]:e.push(t),i++}return v.errors=e,i===0}function U(s,{instancePath:n="",parentData:h,parentDataProperty:m,rootData:d=s}={}){let e=null,i=0;if(Array.isArray(s)){if(s.length<1){let p={instancePath:n,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:c,data:s};e===null?e=[p]:e.push(p),i++}let r=s.length;for(let p=0;p<r;p++){let o=s[p],b=i,E=i;if(o&&typeof o=="object"&&!Array.isArray(o)){let l;if(o.unlicensedAccess===void 0&&(l="unlicensedAccess")){let u={};e===null?e=[u]:e.push(u),i++}}var t=E===i;if(t){let l={instancePath:n+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:c.items.not,parentSchema:c.items,data:o};e===null?e=[l]:e.push(l),i++}else i=b,e!==null&&(b?e.length=b:e=null);if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.homeUrl===void 0){let l={instancePath:n+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"homeUrl"},message:"must have required property 'homeUrl'",schema:c.items.required,parentSchema:c.items,data:o};e===null?e=[l]:e.push(l),i++}if(o.name===void 0){let l={instancePath:n+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:c.items.required,parentSchema:c.items,data:o};e===null?e=[l]:e.push(l),i++}if(o.key===void 0){let l={instancePath:n+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:c.items.required,parentSchema:c.items,data:o};e===null?e=[l]:e.push(l),i++}if(o.homeUrl!==void 0){let l=o.homeUrl;if(typeof l!="string"){let u={instancePath:n+"/"+p+"/homeUrl",schemaPath:"#/items/properties/homeUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.homeUrl.type,parentSchema:c.items.properties.homeUrl,data:l};e===null?e=[u]:e.push(u),i++}}if(o.logoUrl!==void 0){let l=o.logoUrl;if(typeof l!="string"){let u={instancePath:n+"/"+p+"/logoUrl",schemaPath:"#/items/properties/logoUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.logoUrl.type,parentSchema:c.items.properties.logoUrl,data:l};e===null?e=[u]:e.push(u),i++}}if(o.documentationUrl!==void 0){let l=o.documentationUrl;if(typeof l!="string"){let u={instancePath:n+"/"+p+"/documentationUrl",schemaPath:"#/items/properties/documentationUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.documentationUrl.type,parentSchema:c.items.properties.documentationUrl,data:l};e===null?e=[u]:e.push(u),i++}}o.name!==void 0&&(f(o.name,{instancePath:n+"/"+p+"/name",parentData:o,parentDataProperty:"name",rootData:d})||(e=e===null?f.errors:e.concat(f.errors),i=e.length)),o.actions!==void 0&&(g(o.actions,{instancePath:n+"/"+p+"/actions",parentData:o,parentDataProperty:"actions",rootData:d})||(e=e===null?g.errors:e.concat(g.errors),i=e.length)),o.key!==void 0&&(v(o.key,{instancePath:n+"/"+p+"/key",parentData:o,parentDataProperty:"key",rootData:d})||(e=e===null?v.errors:e.concat(v.errors),i=e.length))}}}else{let r={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:c.type,parentSchema:c,data:s};e===null?e=[r]:e.push(r),i++}return U.errors=e,i===0}function k(s,{instancePath:n="",parentData:h,parentDataProperty:m,rootData:d=s}={}){let e=null,i=0;return U(s,{instancePath:n,parentData:h,parentDataProperty:m,rootData:d})||(e=e===null?U.errors:e.concat(U.errors),i=e.length),k.errors=e,i===0}
