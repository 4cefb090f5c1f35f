"use strict";var J=(s,t)=>()=>{try{return t||s((t={exports:{}}).exports,t),t.exports}catch(y){throw t=0,y}};var L=J(S=>{"use strict";Object.defineProperty(S,"__esModule",{value:!0});function A(s){let t=s.length,y=0,m=0,u;for(;m<t;)y++,u=s.charCodeAt(m++),u>=55296&&u<=56319&&m<t&&(u=s.charCodeAt(m),(u&64512)===56320&&m++);return y}S.default=A;A.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=O;module.exports.default=O;var i={type:"array",items:{properties:{view:{$ref:"#/definitions/url",fieldDescription:`

The relative URL to the app page that shows the read-only configuration or summary of the workflow validator.

 The view URL can contain the following context parameters:

 - \`validator.id\`: The unique identifier of the validator.
 - \`validator.config\`: The configuration value saved to Jira after calling \`WorkflowConfiguration.onSave\`.

`},expression:{type:"string",fieldDescription:`

The [Jira expression](https://developer.atlassian.com/cloud/jira/platform/rest/v3/#api-api-3-expression-eval-post)
 used to evaluate the validator. Must return a boolean or string value.
 <p>
 This expression can be overridden using the configuration page.
 If you return configuration with property "expression", then that expression will be used
 to evaluate the validator instead of the expression defined here. For example:

 <pre><code>AP.require(["jira"], function(jira) {
    jira.WorkflowConfiguration.onSave(function() {
        var config = {
            "expression": "dynamically built expression"
        };
        return JSON.stringify(config);
    });
});</code></pre>

`},edit:{$ref:"#/definitions/url",fieldDescription:`

The relative URL to the app page that allows to configure the workflow validator once it exists.

 The edit URL can contain the following context parameters:

 - \`validator.id\`: The unique identifier of the validator.
 - \`validator.config\`: The configuration value saved to Jira after calling \`WorkflowConfiguration.onSave\`.

`},evaluationContext:{enum:["user","USER","app","APP"],type:"string",fieldDescription:`

EXPERIMENTAL. Controls how the expression is run during the transition:

 - \`user\`: The expression is evaluated in the context of the user making the transition (default).
 - \`app\`: The expression is evaluated in the context of the app user.

 If the expression performs operations that require permissions but
 the user making the transition cannot be guaranteed to have those permissions,
 choose \`app\` and make sure that your app has the appropriate scopes.

 Note: regardless of the value selected here, the \`user\` variable in the expression always points to the user that performs the transition.

`},errorMessage:{type:"object",fieldDescription:`

The error message that will be shown if the validator rejects the transition by returning <code>false</code>.
 <p>
 This can be either a static [i18n property](../i18n-property/), or an object containing the "expression" property,
 with a Jira expression that returns the error message dynamically, based on the current transition or configuration.

`,anyOf:[{properties:{expression:{type:"string",fieldDescription:`

The Jira expression that will return an error message if the validator rejects a transition.

`}},required:["expression"],shortClassName:"validatorJiraExpressionErrorMessage",type:"object",title:"Jira Expression Error Message",description:`

A Jira expression that will be evaluated if the workflow validator fails.
 The string returned by the Jira expression will be displayed as the error message for the failed transition.

`},{properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

The localization key for the human-readable value.
 <a href="../../internationalization/">Translations</a> for the keys are defined at the top level of the
 <a href="../../add-on-descriptor/">add-on descriptor</a>.

`}},required:["value"],shortClassName:"validatorI18nErrorMessage",type:"object",title:"i18n Property",description:`

Represents a string that can be resolved via a localization properties file. You can use the same \`i18n Property\` key
 and value in multiple places if you like, but identical keys must have identical values.

 <h3>Example</h3>





    {
      "value": "My text"
    }


`}]},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},description:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The description of the workflow validator. This will be presented to the user when they add a new validator to a Jira workflow.

`},create:{$ref:"#/definitions/url",fieldDescription:`

The relative URL to the app page that allows to configure the workflow validator on creation.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["expression","errorMessage","name","key"],not:{required:["unlicensedAccess"]}},minItems:1},b={properties:{url:{type:"string",fieldDescription:`

`}},required:["url"],shortClassName:"urlBean",type:"object",title:"URL",description:`

`};function v(s,{instancePath:t="",parentData:y,parentDataProperty:m,rootData:u=s}={}){let e=null,r=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.url===void 0){let o={instancePath:t,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:b.required,parentSchema:b,data:s};e===null?e=[o]:e.push(o),r++}if(s.url!==void 0){let o=s.url;if(typeof o!="string"){let l={instancePath:t+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:b.properties.url.type,parentSchema:b.properties.url,data:o};e===null?e=[l]:e.push(l),r++}}}else{let o={instancePath:t,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:b.type,parentSchema:b,data:s};e===null?e=[o]:e.push(o),r++}return v.errors=e,r===0}var g={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},T=L().default;function x(s,{instancePath:t="",parentData:y,parentDataProperty:m,rootData:u=s}={}){let e=null,r=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.value===void 0){let o={instancePath:t,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:g.required,parentSchema:g,data:s};e===null?e=[o]:e.push(o),r++}if(s.value!==void 0){let o=s.value;if(typeof o=="string"){if(T(o)>1500){let l={instancePath:t+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:g.properties.value,data:o};e===null?e=[l]:e.push(l),r++}}else{let l={instancePath:t+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.value.type,parentSchema:g.properties.value,data:o};e===null?e=[l]:e.push(l),r++}}if(s.i18n!==void 0){let o=s.i18n;if(typeof o=="string"){if(T(o)>300){let l={instancePath:t+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:g.properties.i18n,data:o};e===null?e=[l]:e.push(l),r++}}else{let l={instancePath:t+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.i18n.type,parentSchema:g.properties.i18n,data:o};e===null?e=[l]:e.push(l),r++}}}else{let o={instancePath:t,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:g.type,parentSchema:g,data:s};e===null?e=[o]:e.push(o),r++}return x.errors=e,r===0}var D={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},R=new RegExp("^[a-zA-Z0-9_-]+$","u");function M(s,{instancePath:t="",parentData:y,parentDataProperty:m,rootData:u=s}={}){let e=null,r=0;if(typeof s=="string"){if(!R.test(s)){let o={instancePath:t,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:D,data:s};e===null?e=[o]:e.push(o),r++}}else{let o={instancePath:t,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:D.type,parentSchema:D,data:s};e===null?e=[o]:e.push(o),r++}return M.errors=e,r===0}function P(s,{instancePath:t="",parentData:y,parentDataProperty:m,rootData:u=s}={}){let e=null,r=0;if(Array.isArray(s)){if(s.length<1){let p={instancePath:t,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:i,data:s};e===null?e=[p]:e.push(p),r++}let k=s.length;for(let p=0;p<k;p++){let a=s[p],q=r,C=r;if(a&&typeof a=="object"&&!Array.isArray(a)){let n;if(a.unlicensedAccess===void 0&&(n="unlicensedAccess")){let d={};e===null?e=[d]:e.push(d),r++}}var o=C===r;if(o){let n={instancePath:t+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:i.items.not,parentSchema:i.items,data:a};e===null?e=[n]:e.push(n),r++}else r=q,e!==null&&(q?e.length=q:e=null);if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.expression===void 0){let n={instancePath:t+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"expression"},message:"must have required property 'expression'",schema:i.items.required,parentSchema:i.items,data:a};e===null?e=[n]:e.push(n),r++}if(a.errorMessage===void 0){let n={instancePath:t+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"errorMessage"},message:"must have required property 'errorMessage'",schema:i.items.required,parentSchema:i.items,data:a};e===null?e=[n]:e.push(n),r++}if(a.name===void 0){let n={instancePath:t+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:i.items.required,parentSchema:i.items,data:a};e===null?e=[n]:e.push(n),r++}if(a.key===void 0){let n={instancePath:t+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:i.items.required,parentSchema:i.items,data:a};e===null?e=[n]:e.push(n),r++}if(a.view!==void 0&&(v(a.view,{instancePath:t+"/"+p+"/view",parentData:a,parentDataProperty:"view",rootData:u})||(e=e===null?v.errors:e.concat(v.errors),r=e.length)),a.expression!==void 0){let n=a.expression;if(typeof n!="string"){let d={instancePath:t+"/"+p+"/expression",schemaPath:"#/items/properties/expression/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.expression.type,parentSchema:i.items.properties.expression,data:n};e===null?e=[d]:e.push(d),r++}}if(a.edit!==void 0&&(v(a.edit,{instancePath:t+"/"+p+"/edit",parentData:a,parentDataProperty:"edit",rootData:u})||(e=e===null?v.errors:e.concat(v.errors),r=e.length)),a.evaluationContext!==void 0){let n=a.evaluationContext;if(typeof n!="string"){let d={instancePath:t+"/"+p+"/evaluationContext",schemaPath:"#/items/properties/evaluationContext/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.evaluationContext.type,parentSchema:i.items.properties.evaluationContext,data:n};e===null?e=[d]:e.push(d),r++}if(!(n==="user"||n==="USER"||n==="app"||n==="APP")){let d={instancePath:t+"/"+p+"/evaluationContext",schemaPath:"#/items/properties/evaluationContext/enum",keyword:"enum",params:{allowedValues:i.items.properties.evaluationContext.enum},message:"must be equal to one of the allowed values",schema:i.items.properties.evaluationContext.enum,parentSchema:i.items.properties.evaluationContext,data:n};e===null?e=[d]:e.push(d),r++}}if(a.errorMessage!==void 0){let n=a.errorMessage;if(!(n&&typeof n=="object"&&!Array.isArray(n))){let h={instancePath:t+"/"+p+"/errorMessage",schemaPath:"#/items/properties/errorMessage/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.errorMessage.type,parentSchema:i.items.properties.errorMessage,data:n};e===null?e=[h]:e.push(h),r++}let d=r,w=!1,E=r;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.expression===void 0){let h={instancePath:t+"/"+p+"/errorMessage",schemaPath:"#/items/properties/errorMessage/anyOf/0/required",keyword:"required",params:{missingProperty:"expression"},message:"must have required property 'expression'",schema:i.items.properties.errorMessage.anyOf[0].required,parentSchema:i.items.properties.errorMessage.anyOf[0],data:n};e===null?e=[h]:e.push(h),r++}if(n.expression!==void 0){let h=n.expression;if(typeof h!="string"){let j={instancePath:t+"/"+p+"/errorMessage/expression",schemaPath:"#/items/properties/errorMessage/anyOf/0/properties/expression/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.errorMessage.anyOf[0].properties.expression.type,parentSchema:i.items.properties.errorMessage.anyOf[0].properties.expression,data:h};e===null?e=[j]:e.push(j),r++}}}else{let h={instancePath:t+"/"+p+"/errorMessage",schemaPath:"#/items/properties/errorMessage/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.errorMessage.anyOf[0].type,parentSchema:i.items.properties.errorMessage.anyOf[0],data:n};e===null?e=[h]:e.push(h),r++}var l=E===r;if(w=w||l,!w){let h=r;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let c={instancePath:t+"/"+p+"/errorMessage",schemaPath:"#/items/properties/errorMessage/anyOf/1/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:i.items.properties.errorMessage.anyOf[1].required,parentSchema:i.items.properties.errorMessage.anyOf[1],data:n};e===null?e=[c]:e.push(c),r++}if(n.value!==void 0){let c=n.value;if(typeof c=="string"){if(T(c)>1500){let f={instancePath:t+"/"+p+"/errorMessage/value",schemaPath:"#/items/properties/errorMessage/anyOf/1/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:i.items.properties.errorMessage.anyOf[1].properties.value,data:c};e===null?e=[f]:e.push(f),r++}}else{let f={instancePath:t+"/"+p+"/errorMessage/value",schemaPath:"#/items/properties/errorMessage/anyOf/1/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.errorMessage.anyOf[1].properties.value.type,parentSchema:i.items.properties.errorMessage.anyOf[1].properties.value,data:c};e===null?e=[f]:e.push(f),r++}}if(n.i18n!==void 0){let c=n.i18n;if(typeof c=="string"){if(T(c)>300){let f={instancePath:t+"/"+p+"/errorMessage/i18n",schemaPath:"#/items/properties/errorMessage/anyOf/1/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:i.items.properties.errorMessage.anyOf[1].properties.i18n,data:c};e===null?e=[f]:e.push(f),r++}}else{let f={instancePath:t+"/"+p+"/errorMessage/i18n",schemaPath:"#/items/properties/errorMessage/anyOf/1/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.errorMessage.anyOf[1].properties.i18n.type,parentSchema:i.items.properties.errorMessage.anyOf[1].properties.i18n,data:c};e===null?e=[f]:e.push(f),r++}}}else{let c={instancePath:t+"/"+p+"/errorMessage",schemaPath:"#/items/properties/errorMessage/anyOf/1/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.errorMessage.anyOf[1].type,parentSchema:i.items.properties.errorMessage.anyOf[1],data:n};e===null?e=[c]:e.push(c),r++}var l=h===r;w=w||l}if(w)r=d,e!==null&&(d?e.length=d:e=null);else{let h={instancePath:t+"/"+p+"/errorMessage",schemaPath:"#/items/properties/errorMessage/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:i.items.properties.errorMessage.anyOf,parentSchema:i.items.properties.errorMessage,data:n};e===null?e=[h]:e.push(h),r++}}a.name!==void 0&&(x(a.name,{instancePath:t+"/"+p+"/name",parentData:a,parentDataProperty:"name",rootData:u})||(e=e===null?x.errors:e.concat(x.errors),r=e.length)),a.description!==void 0&&(x(a.description,{instancePath:t+"/"+p+"/description",parentData:a,parentDataProperty:"description",rootData:u})||(e=e===null?x.errors:e.concat(x.errors),r=e.length)),a.create!==void 0&&(v(a.create,{instancePath:t+"/"+p+"/create",parentData:a,parentDataProperty:"create",rootData:u})||(e=e===null?v.errors:e.concat(v.errors),r=e.length)),a.key!==void 0&&(M(a.key,{instancePath:t+"/"+p+"/key",parentData:a,parentDataProperty:"key",rootData:u})||(e=e===null?M.errors:e.concat(M.errors),r=e.length))}}}else{let k={instancePath:t,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.type,parentSchema:i,data:s};e===null?e=[k]:e.push(k),r++}return P.errors=e,r===0}function O(s,{instancePath:t="",parentData:y,parentDataProperty:m,rootData:u=s}={}){let e=null,r=0;return P(s,{instancePath:t,parentData:y,parentDataProperty:m,rootData:u})||(e=e===null?P.errors:e.concat(P.errors),r=e.length),O.errors=e,r===0}
