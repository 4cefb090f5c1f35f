"use strict";var S=(r,s)=>()=>{try{return s||r((s={exports:{}}).exports,s),s.exports}catch(h){throw s=0,h}};var A=S(b=>{"use strict";Object.defineProperty(b,"__esModule",{value:!0});function P(r){let s=r.length,h=0,u=0,m;for(;u<s;)h++,m=r.charCodeAt(u++),m>=55296&&m<=56319&&u<s&&(m=r.charCodeAt(u),(m&64512)===56320&&u++);return h}b.default=P;P.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=w;module.exports.default=w;var c={type:"array",items:{properties:{homeUrl:{type:"string",fieldDescription:`

URL to the provider's homepage

`},documentationUrl:{type:"string",fieldDescription:`

Optional URL to documentation about the provider's Jira integration

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},actions:{$ref:"#/definitions/featureFlagProviderActionsBean",fieldDescription:`

Optional actions that can be performed by Jira users, e.g., link an existing flag, create a new flag, etc.

`},logoUrl:{type:"string",fieldDescription:`

Optional URL to the provider's logo, which will be displayed in the UI

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["homeUrl","name","key"],not:{required:["unlicensedAccess"]}},minItems:1},f={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},D=A().default;function y(r,{instancePath:s="",parentData:h,parentDataProperty:u,rootData:m=r}={}){let e=null,a=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.value===void 0){let t={instancePath:s,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:f.required,parentSchema:f,data:r};e===null?e=[t]:e.push(t),a++}if(r.value!==void 0){let t=r.value;if(typeof t=="string"){if(D(t)>1500){let i={instancePath:s+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:f.properties.value,data:t};e===null?e=[i]:e.push(i),a++}}else{let i={instancePath:s+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.value.type,parentSchema:f.properties.value,data:t};e===null?e=[i]:e.push(i),a++}}if(r.i18n!==void 0){let t=r.i18n;if(typeof t=="string"){if(D(t)>300){let i={instancePath:s+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:f.properties.i18n,data:t};e===null?e=[i]:e.push(i),a++}}else{let i={instancePath:s+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.i18n.type,parentSchema:f.properties.i18n,data:t};e===null?e=[i]:e.push(i),a++}}}else{let t={instancePath:s,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.type,parentSchema:f,data:r};e===null?e=[t]:e.push(t),a++}return y.errors=e,a===0}var p={properties:{linkFlag:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"featureFlagProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.flags}</code>.</p>

`,fieldDescription:`

Action for linking an existing feature flag to a Jira issue.

`},createFlag:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"featureFlagProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.flags}</code>.</p>

`,fieldDescription:`

Action for creating a feature flag and linking it with a Jira issue.

`},listFlags:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"featureFlagProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.flags}</code>.</p>

`,fieldDescription:`

Action for showing all linked feature flags, when there are multiple feature flags linked to a Jira issue.

`}},shortClassName:"featureFlagProviderActionsBean",type:"object",title:"Feature Flag Actions",description:`

<p>Feature flag actions that can be performed by Jira users.</p>
<p>Each action is optional (unless indicated otherwise). The absence of an action indicates that the action is not supported by the provider.</p>

`};function g(r,{instancePath:s="",parentData:h,parentDataProperty:u,rootData:m=r}={}){let e=null,a=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.linkFlag!==void 0){let t=r.linkFlag;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.templateUrl===void 0){let i={instancePath:s+"/linkFlag",schemaPath:"#/properties/linkFlag/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:p.properties.linkFlag.required,parentSchema:p.properties.linkFlag,data:t};e===null?e=[i]:e.push(i),a++}if(t.templateUrl!==void 0){let i=t.templateUrl;if(typeof i!="string"){let o={instancePath:s+"/linkFlag/templateUrl",schemaPath:"#/properties/linkFlag/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.linkFlag.properties.templateUrl.type,parentSchema:p.properties.linkFlag.properties.templateUrl,data:i};e===null?e=[o]:e.push(o),a++}}}else{let i={instancePath:s+"/linkFlag",schemaPath:"#/properties/linkFlag/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.properties.linkFlag.type,parentSchema:p.properties.linkFlag,data:t};e===null?e=[i]:e.push(i),a++}}if(r.createFlag!==void 0){let t=r.createFlag;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.templateUrl===void 0){let i={instancePath:s+"/createFlag",schemaPath:"#/properties/createFlag/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:p.properties.createFlag.required,parentSchema:p.properties.createFlag,data:t};e===null?e=[i]:e.push(i),a++}if(t.templateUrl!==void 0){let i=t.templateUrl;if(typeof i!="string"){let o={instancePath:s+"/createFlag/templateUrl",schemaPath:"#/properties/createFlag/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.createFlag.properties.templateUrl.type,parentSchema:p.properties.createFlag.properties.templateUrl,data:i};e===null?e=[o]:e.push(o),a++}}}else{let i={instancePath:s+"/createFlag",schemaPath:"#/properties/createFlag/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.properties.createFlag.type,parentSchema:p.properties.createFlag,data:t};e===null?e=[i]:e.push(i),a++}}if(r.listFlags!==void 0){let t=r.listFlags;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.templateUrl===void 0){let i={instancePath:s+"/listFlags",schemaPath:"#/properties/listFlags/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:p.properties.listFlags.required,parentSchema:p.properties.listFlags,data:t};e===null?e=[i]:e.push(i),a++}if(t.templateUrl!==void 0){let i=t.templateUrl;if(typeof i!="string"){let o={instancePath:s+"/listFlags/templateUrl",schemaPath:"#/properties/listFlags/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:p.properties.listFlags.properties.templateUrl.type,parentSchema:p.properties.listFlags.properties.templateUrl,data:i};e===null?e=[o]:e.push(o),a++}}}else{let i={instancePath:s+"/listFlags",schemaPath:"#/properties/listFlags/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.properties.listFlags.type,parentSchema:p.properties.listFlags,data:t};e===null?e=[i]:e.push(i),a++}}}else{let t={instancePath:s,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:p.type,parentSchema:p,data:r};e===null?e=[t]:e.push(t),a++}return g.errors=e,a===0}var F={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},x=new RegExp("^[a-zA-Z0-9_-]+$","u");function k(r,{instancePath:s="",parentData:h,parentDataProperty:u,rootData:m=r}={}){let e=null,a=0;if(typeof r=="string"){if(!x.test(r)){let t={instancePath:s,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:F,data:r};e===null?e=[t]:e.push(t),a++}}else{let t={instancePath:s,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:F.type,parentSchema:F,data:r};e===null?e=[t]:e.push(t),a++}return k.errors=e,a===0}function v(r,{instancePath:s="",parentData:h,parentDataProperty:u,rootData:m=r}={}){let e=null,a=0;if(Array.isArray(r)){if(r.length<1){let o={instancePath:s,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:c,data:r};e===null?e=[o]:e.push(o),a++}let i=r.length;for(let o=0;o<i;o++){let n=r[o],U=a,q=a;if(n&&typeof n=="object"&&!Array.isArray(n)){let l;if(n.unlicensedAccess===void 0&&(l="unlicensedAccess")){let d={};e===null?e=[d]:e.push(d),a++}}var t=q===a;if(t){let l={instancePath:s+"/"+o,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:c.items.not,parentSchema:c.items,data:n};e===null?e=[l]:e.push(l),a++}else a=U,e!==null&&(U?e.length=U:e=null);if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.homeUrl===void 0){let l={instancePath:s+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"homeUrl"},message:"must have required property 'homeUrl'",schema:c.items.required,parentSchema:c.items,data:n};e===null?e=[l]:e.push(l),a++}if(n.name===void 0){let l={instancePath:s+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:c.items.required,parentSchema:c.items,data:n};e===null?e=[l]:e.push(l),a++}if(n.key===void 0){let l={instancePath:s+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:c.items.required,parentSchema:c.items,data:n};e===null?e=[l]:e.push(l),a++}if(n.homeUrl!==void 0){let l=n.homeUrl;if(typeof l!="string"){let d={instancePath:s+"/"+o+"/homeUrl",schemaPath:"#/items/properties/homeUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.homeUrl.type,parentSchema:c.items.properties.homeUrl,data:l};e===null?e=[d]:e.push(d),a++}}if(n.documentationUrl!==void 0){let l=n.documentationUrl;if(typeof l!="string"){let d={instancePath:s+"/"+o+"/documentationUrl",schemaPath:"#/items/properties/documentationUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.documentationUrl.type,parentSchema:c.items.properties.documentationUrl,data:l};e===null?e=[d]:e.push(d),a++}}if(n.name!==void 0&&(y(n.name,{instancePath:s+"/"+o+"/name",parentData:n,parentDataProperty:"name",rootData:m})||(e=e===null?y.errors:e.concat(y.errors),a=e.length)),n.actions!==void 0&&(g(n.actions,{instancePath:s+"/"+o+"/actions",parentData:n,parentDataProperty:"actions",rootData:m})||(e=e===null?g.errors:e.concat(g.errors),a=e.length)),n.logoUrl!==void 0){let l=n.logoUrl;if(typeof l!="string"){let d={instancePath:s+"/"+o+"/logoUrl",schemaPath:"#/items/properties/logoUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.logoUrl.type,parentSchema:c.items.properties.logoUrl,data:l};e===null?e=[d]:e.push(d),a++}}n.key!==void 0&&(k(n.key,{instancePath:s+"/"+o+"/key",parentData:n,parentDataProperty:"key",rootData:m})||(e=e===null?k.errors:e.concat(k.errors),a=e.length))}}}else{let i={instancePath:s,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:c.type,parentSchema:c,data:r};e===null?e=[i]:e.push(i),a++}return v.errors=e,a===0}function w(r,{instancePath:s="",parentData:h,parentDataProperty:u,rootData:m=r}={}){let e=null,a=0;return v(r,{instancePath:s,parentData:h,parentDataProperty:u,rootData:m})||(e=e===null?v.errors:e.concat(v.errors),a=e.length),w.errors=e,a===0}
