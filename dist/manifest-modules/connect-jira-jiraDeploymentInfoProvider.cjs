"use strict";var x=(s,t)=>()=>{try{return t||s((t={exports:{}}).exports,t),t.exports}catch(u){throw t=0,u}};var A=x(k=>{"use strict";Object.defineProperty(k,"__esModule",{value:!0});function P(s){let t=s.length,u=0,d=0,c;for(;d<t;)u++,c=s.charCodeAt(d++),c>=55296&&c<=56319&&d<t&&(c=s.charCodeAt(d),(c&64512)===56320&&d++);return u}k.default=P;P.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=D;module.exports.default=D;var a={type:"array",items:{properties:{homeUrl:{type:"string",fieldDescription:`

URL to the provider's homepage

`},documentationUrl:{type:"string",fieldDescription:`

Optional URL to documentation about the provider's Jira integration

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},actions:{properties:{listDeployments:{properties:{templateUrl:{type:"string",fieldDescription:`

`}},required:["templateUrl"],shortClassName:"deploymentProviderActionBean",type:"object",description:`

<p>Defines the URL template that is used when an action is invoked. The following context parameters are supported: <code>{issue.key}</code>, <code>{issue.summary}</code>, <code>{issue.deployments}</code>.</p>

`,fieldDescription:`

Action for showing all linked deployments, when there are multiple deployments linked to a Jira issue.

`}},shortClassName:"deploymentProviderAllActionsBean",type:"object",description:`

<p>Deployment actions that can be performed by Jira users.</p>
<p>Each action is optional (unless indicated otherwise). The absence of an action indicates that the action is not supported by the provider.</p>

`,fieldDescription:`

Optional actions that can be performed by Jira users, e.g., list all deployments associated with the issue.

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


`},q=A().default;function f(s,{instancePath:t="",parentData:u,parentDataProperty:d,rootData:c=s}={}){let e=null,r=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.value===void 0){let o={instancePath:t,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:h.required,parentSchema:h,data:s};e===null?e=[o]:e.push(o),r++}if(s.value!==void 0){let o=s.value;if(typeof o=="string"){if(q(o)>1500){let m={instancePath:t+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:h.properties.value,data:o};e===null?e=[m]:e.push(m),r++}}else{let m={instancePath:t+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:h.properties.value.type,parentSchema:h.properties.value,data:o};e===null?e=[m]:e.push(m),r++}}if(s.i18n!==void 0){let o=s.i18n;if(typeof o=="string"){if(q(o)>300){let m={instancePath:t+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:h.properties.i18n,data:o};e===null?e=[m]:e.push(m),r++}}else{let m={instancePath:t+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:h.properties.i18n.type,parentSchema:h.properties.i18n,data:o};e===null?e=[m]:e.push(m),r++}}}else{let o={instancePath:t,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:h.type,parentSchema:h,data:s};e===null?e=[o]:e.push(o),r++}return f.errors=e,r===0}var U={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},j=new RegExp("^[a-zA-Z0-9_-]+$","u");function g(s,{instancePath:t="",parentData:u,parentDataProperty:d,rootData:c=s}={}){let e=null,r=0;if(typeof s=="string"){if(!j.test(s)){let o={instancePath:t,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:U,data:s};e===null?e=[o]:e.push(o),r++}}else{let o={instancePath:t,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:U.type,parentSchema:U,data:s};e===null?e=[o]:e.push(o),r++}return g.errors=e,r===0}function v(s,{instancePath:t="",parentData:u,parentDataProperty:d,rootData:c=s}={}){let e=null,r=0;if(Array.isArray(s)){if(s.length<1){let l={instancePath:t,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:a,data:s};e===null?e=[l]:e.push(l),r++}let m=s.length;for(let l=0;l<m;l++){let i=s[l],b=r,S=r;if(i&&typeof i=="object"&&!Array.isArray(i)){let n;if(i.unlicensedAccess===void 0&&(n="unlicensedAccess")){let p={};e===null?e=[p]:e.push(p),r++}}var o=S===r;if(o){let n={instancePath:t+"/"+l,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:a.items.not,parentSchema:a.items,data:i};e===null?e=[n]:e.push(n),r++}else r=b,e!==null&&(b?e.length=b:e=null);if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.homeUrl===void 0){let n={instancePath:t+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"homeUrl"},message:"must have required property 'homeUrl'",schema:a.items.required,parentSchema:a.items,data:i};e===null?e=[n]:e.push(n),r++}if(i.name===void 0){let n={instancePath:t+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:a.items.required,parentSchema:a.items,data:i};e===null?e=[n]:e.push(n),r++}if(i.key===void 0){let n={instancePath:t+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:a.items.required,parentSchema:a.items,data:i};e===null?e=[n]:e.push(n),r++}if(i.homeUrl!==void 0){let n=i.homeUrl;if(typeof n!="string"){let p={instancePath:t+"/"+l+"/homeUrl",schemaPath:"#/items/properties/homeUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.homeUrl.type,parentSchema:a.items.properties.homeUrl,data:n};e===null?e=[p]:e.push(p),r++}}if(i.documentationUrl!==void 0){let n=i.documentationUrl;if(typeof n!="string"){let p={instancePath:t+"/"+l+"/documentationUrl",schemaPath:"#/items/properties/documentationUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.documentationUrl.type,parentSchema:a.items.properties.documentationUrl,data:n};e===null?e=[p]:e.push(p),r++}}if(i.name!==void 0&&(f(i.name,{instancePath:t+"/"+l+"/name",parentData:i,parentDataProperty:"name",rootData:c})||(e=e===null?f.errors:e.concat(f.errors),r=e.length)),i.actions!==void 0){let n=i.actions;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.listDeployments!==void 0){let p=n.listDeployments;if(p&&typeof p=="object"&&!Array.isArray(p)){if(p.templateUrl===void 0){let y={instancePath:t+"/"+l+"/actions/listDeployments",schemaPath:"#/items/properties/actions/properties/listDeployments/required",keyword:"required",params:{missingProperty:"templateUrl"},message:"must have required property 'templateUrl'",schema:a.items.properties.actions.properties.listDeployments.required,parentSchema:a.items.properties.actions.properties.listDeployments,data:p};e===null?e=[y]:e.push(y),r++}if(p.templateUrl!==void 0){let y=p.templateUrl;if(typeof y!="string"){let w={instancePath:t+"/"+l+"/actions/listDeployments/templateUrl",schemaPath:"#/items/properties/actions/properties/listDeployments/properties/templateUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.actions.properties.listDeployments.properties.templateUrl.type,parentSchema:a.items.properties.actions.properties.listDeployments.properties.templateUrl,data:y};e===null?e=[w]:e.push(w),r++}}}else{let y={instancePath:t+"/"+l+"/actions/listDeployments",schemaPath:"#/items/properties/actions/properties/listDeployments/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.properties.actions.properties.listDeployments.type,parentSchema:a.items.properties.actions.properties.listDeployments,data:p};e===null?e=[y]:e.push(y),r++}}}else{let p={instancePath:t+"/"+l+"/actions",schemaPath:"#/items/properties/actions/type",keyword:"type",params:{type:"object"},message:"must be object",schema:a.items.properties.actions.type,parentSchema:a.items.properties.actions,data:n};e===null?e=[p]:e.push(p),r++}}if(i.logoUrl!==void 0){let n=i.logoUrl;if(typeof n!="string"){let p={instancePath:t+"/"+l+"/logoUrl",schemaPath:"#/items/properties/logoUrl/type",keyword:"type",params:{type:"string"},message:"must be string",schema:a.items.properties.logoUrl.type,parentSchema:a.items.properties.logoUrl,data:n};e===null?e=[p]:e.push(p),r++}}i.key!==void 0&&(g(i.key,{instancePath:t+"/"+l+"/key",parentData:i,parentDataProperty:"key",rootData:c})||(e=e===null?g.errors:e.concat(g.errors),r=e.length))}}}else{let m={instancePath:t,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:a.type,parentSchema:a,data:s};e===null?e=[m]:e.push(m),r++}return v.errors=e,r===0}function D(s,{instancePath:t="",parentData:u,parentDataProperty:d,rootData:c=s}={}){let e=null,r=0;return v(s,{instancePath:t,parentData:u,parentDataProperty:d,rootData:c})||(e=e===null?v.errors:e.concat(v.errors),r=e.length),D.errors=e,r===0}
