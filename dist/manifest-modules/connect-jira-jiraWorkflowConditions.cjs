"use strict";var A=(t,r)=>()=>{try{return r||t((r={exports:{}}).exports,r),r.exports}catch(d){throw r=0,d}};var q=A(k=>{"use strict";Object.defineProperty(k,"__esModule",{value:!0});function T(t){let r=t.length,d=0,h=0,u;for(;h<r;)d++,u=t.charCodeAt(h++),u>=55296&&u<=56319&&h<r&&(u=t.charCodeAt(h),(u&64512)===56320&&h++);return d}k.default=T;T.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=P;module.exports.default=P;var l={type:"array",items:{properties:{view:{$ref:"#/definitions/url",fieldDescription:`

The relative URL to the app page that shows the read-only configuration or summary of the workflow condition.

 The view URL can contain the following context parameters:

 - \`condition.id\`: The unique identifier of the condition.
 - \`condition.config\`: The configuration value saved to Jira after calling \`WorkflowConfiguration.onSave\`.

`},expression:{type:"string",fieldDescription:`

The [Jira expression](https://developer.atlassian.com/cloud/jira/platform/rest/v3/#api-api-3-expression-eval-post)
 used to evaluate the condition. Must return a boolean value.
 <p>
 This expression can be overridden using the configuration page.
 If you return configuration with property "expression", then that expression will be used
 to evaluate the condition instead of the expression defined here. For example:

 <pre><code>AP.require(["jira"], function(jira) {
    jira.WorkflowConfiguration.onSave(function() {
        var config = {
            "expression": "dynamically built expression"
        };
        return JSON.stringify(config);
    });
});</code></pre>

`},edit:{$ref:"#/definitions/url",fieldDescription:`

The relative URL to the app page that allows to configure the workflow condition once it exists.

 The edit URL can contain the following context parameters:

 - \`condition.id\`: The unique identifier of the condition.
 - \`condition.config\`: The configuration value saved to Jira after calling \`WorkflowConfiguration.onSave\`.

`},evaluationContext:{enum:["user","USER","app","APP"],type:"string",fieldDescription:`

EXPERIMENTAL. Controls how to run the expression during the transition.

 - \`user\`: The expression will be evaluated in the context of the user making the transition (default).
 - \`app\`: The expression will be evaluated in the context of the app user.

 If the expression needs to perform some operations which require permissions that the user making
 the transition might not have, choose \`app\` and make sure that your app has appropriate scopes.

 Note: regardless of the value selected here, the \`user\` variable in the expression always points to the user that performs the transition.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},description:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The description of the workflow condition. This will be presented to the user when they add a new condition to a Jira workflow.

`},create:{$ref:"#/definitions/url",fieldDescription:`

The relative URL to the app page that allows to configure the workflow condition on creation.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["expression","name","key"],not:{required:["unlicensedAccess"]}},minItems:1},g={properties:{url:{type:"string",fieldDescription:`

`}},required:["url"],shortClassName:"urlBean",type:"object",title:"URL",description:`

`};function m(t,{instancePath:r="",parentData:d,parentDataProperty:h,rootData:u=t}={}){let e=null,n=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.url===void 0){let a={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:g.required,parentSchema:g,data:t};e===null?e=[a]:e.push(a),n++}if(t.url!==void 0){let a=t.url;if(typeof a!="string"){let o={instancePath:r+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.url.type,parentSchema:g.properties.url,data:a};e===null?e=[o]:e.push(o),n++}}}else{let a={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:g.type,parentSchema:g,data:t};e===null?e=[a]:e.push(a),n++}return m.errors=e,n===0}var f={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},D=q().default;function y(t,{instancePath:r="",parentData:d,parentDataProperty:h,rootData:u=t}={}){let e=null,n=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.value===void 0){let a={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:f.required,parentSchema:f,data:t};e===null?e=[a]:e.push(a),n++}if(t.value!==void 0){let a=t.value;if(typeof a=="string"){if(D(a)>1500){let o={instancePath:r+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:f.properties.value,data:a};e===null?e=[o]:e.push(o),n++}}else{let o={instancePath:r+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.value.type,parentSchema:f.properties.value,data:a};e===null?e=[o]:e.push(o),n++}}if(t.i18n!==void 0){let a=t.i18n;if(typeof a=="string"){if(D(a)>300){let o={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:f.properties.i18n,data:a};e===null?e=[o]:e.push(o),n++}}else{let o={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.i18n.type,parentSchema:f.properties.i18n,data:a};e===null?e=[o]:e.push(o),n++}}}else{let a={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.type,parentSchema:f,data:t};e===null?e=[a]:e.push(a),n++}return y.errors=e,n===0}var b={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},C=new RegExp("^[a-zA-Z0-9_-]+$","u");function v(t,{instancePath:r="",parentData:d,parentDataProperty:h,rootData:u=t}={}){let e=null,n=0;if(typeof t=="string"){if(!C.test(t)){let a={instancePath:r,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:b,data:t};e===null?e=[a]:e.push(a),n++}}else{let a={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:b.type,parentSchema:b,data:t};e===null?e=[a]:e.push(a),n++}return v.errors=e,n===0}function w(t,{instancePath:r="",parentData:d,parentDataProperty:h,rootData:u=t}={}){let e=null,n=0;if(Array.isArray(t)){if(t.length<1){let p={instancePath:r,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:l,data:t};e===null?e=[p]:e.push(p),n++}let o=t.length;for(let p=0;p<o;p++){let i=t[p],x=n,S=n;if(i&&typeof i=="object"&&!Array.isArray(i)){let s;if(i.unlicensedAccess===void 0&&(s="unlicensedAccess")){let c={};e===null?e=[c]:e.push(c),n++}}var a=S===n;if(a){let s={instancePath:r+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:l.items.not,parentSchema:l.items,data:i};e===null?e=[s]:e.push(s),n++}else n=x,e!==null&&(x?e.length=x:e=null);if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.expression===void 0){let s={instancePath:r+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"expression"},message:"must have required property 'expression'",schema:l.items.required,parentSchema:l.items,data:i};e===null?e=[s]:e.push(s),n++}if(i.name===void 0){let s={instancePath:r+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:l.items.required,parentSchema:l.items,data:i};e===null?e=[s]:e.push(s),n++}if(i.key===void 0){let s={instancePath:r+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:l.items.required,parentSchema:l.items,data:i};e===null?e=[s]:e.push(s),n++}if(i.view!==void 0&&(m(i.view,{instancePath:r+"/"+p+"/view",parentData:i,parentDataProperty:"view",rootData:u})||(e=e===null?m.errors:e.concat(m.errors),n=e.length)),i.expression!==void 0){let s=i.expression;if(typeof s!="string"){let c={instancePath:r+"/"+p+"/expression",schemaPath:"#/items/properties/expression/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.expression.type,parentSchema:l.items.properties.expression,data:s};e===null?e=[c]:e.push(c),n++}}if(i.edit!==void 0&&(m(i.edit,{instancePath:r+"/"+p+"/edit",parentData:i,parentDataProperty:"edit",rootData:u})||(e=e===null?m.errors:e.concat(m.errors),n=e.length)),i.evaluationContext!==void 0){let s=i.evaluationContext;if(typeof s!="string"){let c={instancePath:r+"/"+p+"/evaluationContext",schemaPath:"#/items/properties/evaluationContext/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.evaluationContext.type,parentSchema:l.items.properties.evaluationContext,data:s};e===null?e=[c]:e.push(c),n++}if(!(s==="user"||s==="USER"||s==="app"||s==="APP")){let c={instancePath:r+"/"+p+"/evaluationContext",schemaPath:"#/items/properties/evaluationContext/enum",keyword:"enum",params:{allowedValues:l.items.properties.evaluationContext.enum},message:"must be equal to one of the allowed values",schema:l.items.properties.evaluationContext.enum,parentSchema:l.items.properties.evaluationContext,data:s};e===null?e=[c]:e.push(c),n++}}i.name!==void 0&&(y(i.name,{instancePath:r+"/"+p+"/name",parentData:i,parentDataProperty:"name",rootData:u})||(e=e===null?y.errors:e.concat(y.errors),n=e.length)),i.description!==void 0&&(y(i.description,{instancePath:r+"/"+p+"/description",parentData:i,parentDataProperty:"description",rootData:u})||(e=e===null?y.errors:e.concat(y.errors),n=e.length)),i.create!==void 0&&(m(i.create,{instancePath:r+"/"+p+"/create",parentData:i,parentDataProperty:"create",rootData:u})||(e=e===null?m.errors:e.concat(m.errors),n=e.length)),i.key!==void 0&&(v(i.key,{instancePath:r+"/"+p+"/key",parentData:i,parentDataProperty:"key",rootData:u})||(e=e===null?v.errors:e.concat(v.errors),n=e.length))}}}else{let o={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.type,parentSchema:l,data:t};e===null?e=[o]:e.push(o),n++}return w.errors=e,n===0}function P(t,{instancePath:r="",parentData:d,parentDataProperty:h,rootData:u=t}={}){let e=null,n=0;return w(t,{instancePath:r,parentData:d,parentDataProperty:h,rootData:u})||(e=e===null?w.errors:e.concat(w.errors),n=e.length),P.errors=e,n===0}
