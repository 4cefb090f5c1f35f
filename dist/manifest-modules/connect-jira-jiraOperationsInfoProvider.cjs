"use strict";var j=(r,i)=>()=>{try{return i||r((i={exports:{}}).exports,i),i.exports}catch(u){throw i=0,u}};var P=j(b=>{"use strict";Object.defineProperty(b,"__esModule",{value:!0});function D(r){let i=r.length,u=0,m=0,d;for(;m<i;)u++,d=r.charCodeAt(m++),d>=55296&&d<=56319&&m<i&&(d=r.charCodeAt(m),(d&64512)===56320&&m++);return u}b.default=D;D.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=A;module.exports.default=A;var c={type:"array",items:{properties:{homeUrl:{type:"string",fieldDescription:`

URL to the provider's homepage

`},logoUrl:{type:"string",fieldDescription:`

Optional URL to the provider's logo, which will be displayed in the UI

`},documentationUrl:{type:"string",fieldDescription:`

Optional URL to documentation about the provider's Jira integration

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},actions:{$ref:"#/definitions/operationsInfoProviderActionsBean",fieldDescription:`

Required actions to hydrate operations workspace data.

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


`},q=P().default;function y(r,{instancePath:i="",parentData:u,parentDataProperty:m,rootData:d=r}={}){let e=null,n=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.value===void 0){let t={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:f.required,parentSchema:f,data:r};e===null?e=[t]:e.push(t),n++}if(r.value!==void 0){let t=r.value;if(typeof t=="string"){if(q(t)>1500){let s={instancePath:i+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:f.properties.value,data:t};e===null?e=[s]:e.push(s),n++}}else{let s={instancePath:i+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.value.type,parentSchema:f.properties.value,data:t};e===null?e=[s]:e.push(s),n++}}if(r.i18n!==void 0){let t=r.i18n;if(typeof t=="string"){if(q(t)>300){let s={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:f.properties.i18n,data:t};e===null?e=[s]:e.push(s),n++}}else{let s={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.i18n.type,parentSchema:f.properties.i18n,data:t};e===null?e=[s]:e.push(s),n++}}}else{let t={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.type,parentSchema:f,data:r};e===null?e=[t]:e.push(t),n++}return y.errors=e,n===0}var a={properties:{fetchWorkspaces:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"operationsInfoProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.flags}</code>.</p>

`,fieldDescription:`

Action for fetching operations workspaces by IDs.

`},searchContainers:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"operationsInfoProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.flags}</code>.</p>

`,fieldDescription:`

Action for showing any partial or full matches using a search on the  operations container name for all workspaces.

`},onEntityAssociated:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"operationsInfoProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.flags}</code>.</p>

`,fieldDescription:`

Action to notify the operations provider when an incident or  post-incident-review has been associated with jira issue

`},onEntityDisassociated:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"operationsInfoProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.flags}</code>.</p>

`,fieldDescription:`

Action to notify the operations provider when incident or  post-incident-review has its association removed from jira issue

`}},shortClassName:"operationsInfoProviderActionsBean",type:"object",title:"Operations Information Actions",description:`

<p>Operations Information actions that can be performed by Jira users.</p>
<p>Each action is optional (unless indicated otherwise). The absence of an action indicates that the action is not supported by the provider.</p>
`,required:["fetchWorkspaces","searchContainers"]};function g(r,{instancePath:i="",parentData:u,parentDataProperty:m,rootData:d=r}={}){let e=null,n=0;if(r&&typeof r=="object"&&!Array.isArray(r)){if(r.fetchWorkspaces===void 0){let t={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"fetchWorkspaces"},message:"must have required property 'fetchWorkspaces'",schema:a.required,parentSchema:a,data:r};e===null?e=[t]:e.push(t),n++}if(r.searchContainers===void 0){let t={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"searchContainers"},message:"must have required property 'searchContainers'",schema:a.required,parentSchema:a,data:r};e===null?e=[t]:e.push(t),n++}if(r.fetchWorkspaces!==void 0){let t=r.fetchWorkspaces;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.templateUrl===void 0){let s={instancePath:i+"/fetchWorkspaces",schemaPath:"#/properties/fetchWorkspaces/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:a.properties.fetchWorkspaces.required,parentSchema:a.properties.fetchWorkspaces,data:t};e===null?e=[s]:e.push(s),n++}if(t.templateUrl!==void 0){let s=t.templateUrl;if(typeof s!="string"){let p={instancePath:i+"/fetchWorkspaces/templateUrl",schemaPath:"#/properties/fetchWorkspaces/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.properties.fetchWorkspaces.properties.templateUrl.type,parentSchema:a.properties.fetchWorkspaces.properties.templateUrl,data:s};e===null?e=[p]:e.push(p),n++}}}else{let s={instancePath:i+"/fetchWorkspaces",schemaPath:"#/properties/fetchWorkspaces/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.properties.fetchWorkspaces.type,parentSchema:a.properties.fetchWorkspaces,data:t};e===null?e=[s]:e.push(s),n++}}if(r.searchContainers!==void 0){let t=r.searchContainers;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.templateUrl===void 0){let s={instancePath:i+"/searchContainers",schemaPath:"#/properties/searchContainers/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:a.properties.searchContainers.required,parentSchema:a.properties.searchContainers,data:t};e===null?e=[s]:e.push(s),n++}if(t.templateUrl!==void 0){let s=t.templateUrl;if(typeof s!="string"){let p={instancePath:i+"/searchContainers/templateUrl",schemaPath:"#/properties/searchContainers/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.properties.searchContainers.properties.templateUrl.type,parentSchema:a.properties.searchContainers.properties.templateUrl,data:s};e===null?e=[p]:e.push(p),n++}}}else{let s={instancePath:i+"/searchContainers",schemaPath:"#/properties/searchContainers/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.properties.searchContainers.type,parentSchema:a.properties.searchContainers,data:t};e===null?e=[s]:e.push(s),n++}}if(r.onEntityAssociated!==void 0){let t=r.onEntityAssociated;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.templateUrl===void 0){let s={instancePath:i+"/onEntityAssociated",schemaPath:"#/properties/onEntityAssociated/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:a.properties.onEntityAssociated.required,parentSchema:a.properties.onEntityAssociated,data:t};e===null?e=[s]:e.push(s),n++}if(t.templateUrl!==void 0){let s=t.templateUrl;if(typeof s!="string"){let p={instancePath:i+"/onEntityAssociated/templateUrl",schemaPath:"#/properties/onEntityAssociated/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.properties.onEntityAssociated.properties.templateUrl.type,parentSchema:a.properties.onEntityAssociated.properties.templateUrl,data:s};e===null?e=[p]:e.push(p),n++}}}else{let s={instancePath:i+"/onEntityAssociated",schemaPath:"#/properties/onEntityAssociated/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.properties.onEntityAssociated.type,parentSchema:a.properties.onEntityAssociated,data:t};e===null?e=[s]:e.push(s),n++}}if(r.onEntityDisassociated!==void 0){let t=r.onEntityDisassociated;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.templateUrl===void 0){let s={instancePath:i+"/onEntityDisassociated",schemaPath:"#/properties/onEntityDisassociated/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:a.properties.onEntityDisassociated.required,parentSchema:a.properties.onEntityDisassociated,data:t};e===null?e=[s]:e.push(s),n++}if(t.templateUrl!==void 0){let s=t.templateUrl;if(typeof s!="string"){let p={instancePath:i+"/onEntityDisassociated/templateUrl",schemaPath:"#/properties/onEntityDisassociated/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.properties.onEntityDisassociated.properties.templateUrl.type,parentSchema:a.properties.onEntityDisassociated.properties.templateUrl,data:s};e===null?e=[p]:e.push(p),n++}}}else{let s={instancePath:i+"/onEntityDisassociated",schemaPath:"#/properties/onEntityDisassociated/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.properties.onEntityDisassociated.type,parentSchema:a.properties.onEntityDisassociated,data:t};e===null?e=[s]:e.push(s),n++}}}else{let t={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.type,parentSchema:a,data:r};e===null?e=[t]:e.push(t),n++}return g.errors=e,n===0}var w={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},S=new RegExp("^[a-zA-Z0-9_-]+$","u");function v(r,{instancePath:i="",parentData:u,parentDataProperty:m,rootData:d=r}={}){let e=null,n=0;if(typeof r=="string"){if(!S.test(r)){let t={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:w,data:r};e===null?e=[t]:e.push(t),n++}}else{let t={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:w.type,parentSchema:w,data:r};e===null?e=[t]:e.push(t),n++}return v.errors=e,n===0}function k(r,{instancePath:i="",parentData:u,parentDataProperty:m,rootData:d=r}={}){let e=null,n=0;if(Array.isArray(r)){if(r.length<1){let p={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:c,data:r};e===null?e=[p]:e.push(p),n++}let s=r.length;for(let p=0;p<s;p++){let o=r[p],U=n,E=n;if(o&&typeof o=="object"&&!Array.isArray(o)){let l;if(o.unlicensedAccess===void 0&&(l="unlicensedAccess")){let h={};e===null?e=[h]:e.push(h),n++}}var t=E===n;if(t){let l={instancePath:i+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:c.items.not,parentSchema:c.items,data:o};e===null?e=[l]:e.push(l),n++}else n=U,e!==null&&(U?e.length=U:e=null);if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.homeUrl===void 0){let l={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"homeUrl"},message:"must have required property 'homeUrl'",schema:c.items.required,parentSchema:c.items,data:o};e===null?e=[l]:e.push(l),n++}if(o.name===void 0){let l={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:c.items.required,parentSchema:c.items,data:o};e===null?e=[l]:e.push(l),n++}if(o.key===void 0){let l={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:c.items.required,parentSchema:c.items,data:o};e===null?e=[l]:e.push(l),n++}if(o.homeUrl!==void 0){let l=o.homeUrl;if(typeof l!="string"){let h={instancePath:i+"/"+p+"/homeUrl",schemaPath:"#/items/properties/homeUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.homeUrl.type,parentSchema:c.items.properties.homeUrl,data:l};e===null?e=[h]:e.push(h),n++}}if(o.logoUrl!==void 0){let l=o.logoUrl;if(typeof l!="string"){let h={instancePath:i+"/"+p+"/logoUrl",schemaPath:"#/items/properties/logoUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.logoUrl.type,parentSchema:c.items.properties.logoUrl,data:l};e===null?e=[h]:e.push(h),n++}}if(o.documentationUrl!==void 0){let l=o.documentationUrl;if(typeof l!="string"){let h={instancePath:i+"/"+p+"/documentationUrl",schemaPath:"#/items/properties/documentationUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.documentationUrl.type,parentSchema:c.items.properties.documentationUrl,data:l};e===null?e=[h]:e.push(h),n++}}o.name!==void 0&&(y(o.name,{instancePath:i+"/"+p+"/name",parentData:o,parentDataProperty:"name",rootData:d})||(e=e===null?y.errors:e.concat(y.errors),n=e.length)),o.actions!==void 0&&(g(o.actions,{instancePath:i+"/"+p+"/actions",parentData:o,parentDataProperty:"actions",rootData:d})||(e=e===null?g.errors:e.concat(g.errors),n=e.length)),o.key!==void 0&&(v(o.key,{instancePath:i+"/"+p+"/key",parentData:o,parentDataProperty:"key",rootData:d})||(e=e===null?v.errors:e.concat(v.errors),n=e.length))}}}else{let s={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:c.type,parentSchema:c,data:r};e===null?e=[s]:e.push(s),n++}return k.errors=e,n===0}function A(r,{instancePath:i="",parentData:u,parentDataProperty:m,rootData:d=r}={}){let e=null,n=0;return k(r,{instancePath:i,parentData:u,parentDataProperty:m,rootData:d})||(e=e===null?k.errors:e.concat(k.errors),n=e.length),A.errors=e,n===0}
