"use strict";var A=(n,r)=>()=>{try{return r||n((r={exports:{}}).exports,r),r.exports}catch(h){throw r=0,h}};var S=A(T=>{"use strict";Object.defineProperty(T,"__esModule",{value:!0});function q(n){let r=n.length,h=0,c=0,o;for(;c<r;)h++,o=n.charCodeAt(c++),o>=55296&&o<=56319&&c<r&&(o=n.charCodeAt(c),(o&64512)===56320&&c++);return h}T.default=q;q.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=b;module.exports.default=b;var d={type:"array",items:{properties:{view:{$ref:"#/definitions/url",fieldDescription:`

The relative URL to the add-on page that shows the read-only configuration or summary of the workflow post
 function.

 The view URL can contain the following context parameters:

 - \`postFunction.id\`: The unique identifier of the post function
 - \`postFunction.config\`: The configuration value saved to Jira after calling \`WorkflowConfiguration.onSave\`

`},triggered:{$ref:"#/definitions/url",fieldDescription:`

The relative URL to the add-on resource that receives the HTTP POST after a workflow transition.
 It includes the authentication headers that enable the add-on to validate the authenticity of the request.

 Your app must return a success status code in response to the HTTP POST request.
 If your app doesn't send a success status code the request will retry,
 as described in the [webhook retry policy](../../webhooks#retry-policy).

 <h3>Contents of the HTTP POST</h3>

 To understand the type of content that is sent to the add-on after a state transition, you can use the Connect
 inspector tool. The [Connect inspector](http://go.atlassian.com/connect-inspector) is a service that lets you
 generate a temporary Atlassian Connect add-on that you can install in your Cloud development environment to inspect
 the content of event messages.

 Here is an example POST body. For brevity, some fields have been removed or truncated.

    {
        "configuration": {
            "value": "Configuration from the post function edit page"
        },
        "issue": {
            "fields": {
                "assignee": { },
                "attachment": [],
                "comment": { },
                "components": [],
                "created": "2013-11-18T17:56:23.864+1100",
                "description": null,
                "duedate": null,
                "environment": null,
                "fixVersions": [],
                "issuetype": { },
                "labels": [],
                "lastViewed": "2013-11-18T17:56:31.793+1100",
                "priority": { },
                "project": {
                    "avatarUrls": { },
                    "id": "10000",
                    "key": "TEST",
                    "name": "Test"
                },
                "reporter": { },
                "resolution": { },
                "resolutiondate": "2013-11-18T17:56:31.799+1100",
                "status": { },
                "summary": "The issue summary",
                "updated": "2013-11-18T17:56:23.864+1100",
                "versions": [],
                "votes": { },
                "watches": { },
                "workratio": -1
            },
            "id": "10000",
            "key": "TEST-1",
            "self": "http://issues.example.com/jira/issue/10000"
        },
        "transition": {
            "from_status": "Open",
            "to_status": "Resolved",
            "transitionId": 5,
            "transitionName": "Resolve Issue",
            "workflowId": 10000,
            "workflowName": "classic default workflow"
        }
    }

`},edit:{$ref:"#/definitions/url",fieldDescription:`

The relative URL to the add-on page that allows to configure the workflow post function once it exists.

 The edit URL can contain the following context parameters:

 - \`postFunction.id\`: The unique identifier of the post function
 - \`postFunction.config\`: The configuration value saved to Jira after calling \`WorkflowConfiguration.onSave\`

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},description:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The description of the workflow post function. This will be presented to the user when they add a new post
 function to a Jira workflow.

`},create:{$ref:"#/definitions/url",fieldDescription:`

The relative URL to the add-on page that allows to configure the workflow post function on creation.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["triggered","name","key"],not:{required:["unlicensedAccess"]}},minItems:1},y={properties:{url:{type:"string",fieldDescription:`

`}},required:["url"],shortClassName:"urlBean",type:"object",title:"URL",description:`

`};function p(n,{instancePath:r="",parentData:h,parentDataProperty:c,rootData:o=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.url===void 0){let s={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:y.required,parentSchema:y,data:n};e===null?e=[s]:e.push(s),t++}if(n.url!==void 0){let s=n.url;if(typeof s!="string"){let a={instancePath:r+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.url.type,parentSchema:y.properties.url,data:s};e===null?e=[a]:e.push(a),t++}}}else{let s={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.type,parentSchema:y,data:n};e===null?e=[s]:e.push(s),t++}return p.errors=e,t===0}var f={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},D=S().default;function m(n,{instancePath:r="",parentData:h,parentDataProperty:c,rootData:o=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let s={instancePath:r,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:f.required,parentSchema:f,data:n};e===null?e=[s]:e.push(s),t++}if(n.value!==void 0){let s=n.value;if(typeof s=="string"){if(D(s)>1500){let a={instancePath:r+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:f.properties.value,data:s};e===null?e=[a]:e.push(a),t++}}else{let a={instancePath:r+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.value.type,parentSchema:f.properties.value,data:s};e===null?e=[a]:e.push(a),t++}}if(n.i18n!==void 0){let s=n.i18n;if(typeof s=="string"){if(D(s)>300){let a={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:f.properties.i18n,data:s};e===null?e=[a]:e.push(a),t++}}else{let a={instancePath:r+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.i18n.type,parentSchema:f.properties.i18n,data:s};e===null?e=[a]:e.push(a),t++}}}else{let s={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.type,parentSchema:f,data:n};e===null?e=[s]:e.push(s),t++}return m.errors=e,t===0}var k={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},L=new RegExp("^[a-zA-Z0-9_-]+$","u");function g(n,{instancePath:r="",parentData:h,parentDataProperty:c,rootData:o=n}={}){let e=null,t=0;if(typeof n=="string"){if(!L.test(n)){let s={instancePath:r,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:k,data:n};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:k.type,parentSchema:k,data:n};e===null?e=[s]:e.push(s),t++}return g.errors=e,t===0}function v(n,{instancePath:r="",parentData:h,parentDataProperty:c,rootData:o=n}={}){let e=null,t=0;if(Array.isArray(n)){if(n.length<1){let l={instancePath:r,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:d,data:n};e===null?e=[l]:e.push(l),t++}let a=n.length;for(let l=0;l<a;l++){let i=n[l],w=t,x=t;if(i&&typeof i=="object"&&!Array.isArray(i)){let u;if(i.unlicensedAccess===void 0&&(u="unlicensedAccess")){let P={};e===null?e=[P]:e.push(P),t++}}var s=x===t;if(s){let u={instancePath:r+"/"+l,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:d.items.not,parentSchema:d.items,data:i};e===null?e=[u]:e.push(u),t++}else t=w,e!==null&&(w?e.length=w:e=null);if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.triggered===void 0){let u={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"triggered"},message:"must have required property 'triggered'",schema:d.items.required,parentSchema:d.items,data:i};e===null?e=[u]:e.push(u),t++}if(i.name===void 0){let u={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:d.items.required,parentSchema:d.items,data:i};e===null?e=[u]:e.push(u),t++}if(i.key===void 0){let u={instancePath:r+"/"+l,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:d.items.required,parentSchema:d.items,data:i};e===null?e=[u]:e.push(u),t++}i.view!==void 0&&(p(i.view,{instancePath:r+"/"+l+"/view",parentData:i,parentDataProperty:"view",rootData:o})||(e=e===null?p.errors:e.concat(p.errors),t=e.length)),i.triggered!==void 0&&(p(i.triggered,{instancePath:r+"/"+l+"/triggered",parentData:i,parentDataProperty:"triggered",rootData:o})||(e=e===null?p.errors:e.concat(p.errors),t=e.length)),i.edit!==void 0&&(p(i.edit,{instancePath:r+"/"+l+"/edit",parentData:i,parentDataProperty:"edit",rootData:o})||(e=e===null?p.errors:e.concat(p.errors),t=e.length)),i.name!==void 0&&(m(i.name,{instancePath:r+"/"+l+"/name",parentData:i,parentDataProperty:"name",rootData:o})||(e=e===null?m.errors:e.concat(m.errors),t=e.length)),i.description!==void 0&&(m(i.description,{instancePath:r+"/"+l+"/description",parentData:i,parentDataProperty:"description",rootData:o})||(e=e===null?m.errors:e.concat(m.errors),t=e.length)),i.create!==void 0&&(p(i.create,{instancePath:r+"/"+l+"/create",parentData:i,parentDataProperty:"create",rootData:o})||(e=e===null?p.errors:e.concat(p.errors),t=e.length)),i.key!==void 0&&(g(i.key,{instancePath:r+"/"+l+"/key",parentData:i,parentDataProperty:"key",rootData:o})||(e=e===null?g.errors:e.concat(g.errors),t=e.length))}}}else{let a={instancePath:r,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:d.type,parentSchema:d,data:n};e===null?e=[a]:e.push(a),t++}return v.errors=e,t===0}function b(n,{instancePath:r="",parentData:h,parentDataProperty:c,rootData:o=n}={}){let e=null,t=0;return v(n,{instancePath:r,parentData:h,parentDataProperty:c,rootData:o})||(e=e===null?v.errors:e.concat(v.errors),t=e.length),b.errors=e,t===0}
