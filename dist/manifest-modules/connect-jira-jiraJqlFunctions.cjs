"use strict";module.exports=I;module.exports.default=I;var r={type:"array",items:{properties:{types:{items:{enum:["issue","ISSUE","project","PROJECT","project_category","PROJECT_CATEGORY","project_type","PROJECT_TYPE","hierarchy_level","HIERARCHY_LEVEL","version","VERSION","component","COMPONENT","user","USER","group","GROUP","team","TEAM","project_role","PROJECT_ROLE","priority","PRIORITY","resolution","RESOLUTION","issue_type","ISSUE_TYPE","status","STATUS","status_category","STATUS_CATEGORY","cascading_option","CASCADING_OPTION","option","OPTION","saved_filter","SAVED_FILTER","issue_security_level","ISSUE_SECURITY_LEVEL","issue_restriction","ISSUE_RESTRICTION","label","LABEL","attachment","ATTACHMENT","issue_list","ISSUE_LIST","issue_link_type","ISSUE_LINK_TYPE","date","DATE","text","TEXT","number","NUMBER","duration","DURATION","url","URL"],type:"string"},type:"array",fieldDescription:`

The list of field types the function can be used with.

`},operators:{items:{enum:["eq","EQ","neq","NEQ","gt","GT","gte","GTE","lt","LT","lte","LTE","in","IN","not_in","NOT_IN","contains","CONTAINS","not_contains","NOT_CONTAINS","is","IS","is_not","IS_NOT"],type:"string"},type:"array",fieldDescription:`

The list of operators the function can be used with.

`},name:{type:"string",fieldDescription:`

The name of the function.

`},arguments:{items:{properties:{name:{type:"string",fieldDescription:`

The name of the argument.

`},required:{type:"boolean",fieldDescription:`

Whether the argument is required. Only arguments at the end of the list may be optional.

`}},required:["name","required"],shortClassName:"jqlFunctionArgumentBean",type:"object",title:"JQL Function argument",description:`

<p>Defines the Remote Link action that can be invoked.</p>

`},type:"array",fieldDescription:`

The list of arguments that the function accepts.

`},url:{type:"string",fieldDescription:`

The relative URL of the endpoint in the app that will be called by Jira to compute the function result.
 <p>
 The argument sent to the endpoint has the following format:
 <code><pre>
 {
   "precomputationId": "<uuid>"
   "clause": {
     "field": "field name",
     "type": [
       "field type"
     ],
     "operator": "operator",
     "function": "function name",
     "arguments": {
       "value"
     }
   }
 }

 </pre></code>
 <p>
 The endpoint is expected to return the result in the following format:
 <code><pre>
 {
   "jql": "JQL fragment to use in place of the function clause"
 }
 </pre></code>
 <p>
 or error message:
 <code><pre>
 {
   "error": "Error message that will be displayed on the UI"
 }
 </pre></code>
`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["types","operators","name","arguments","url","key"],not:{required:["unlicensedAccess"]}},minItems:1},_={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},A=new RegExp("^[a-zA-Z0-9_-]+$","u");function f(l,{instancePath:a="",parentData:T,parentDataProperty:E,rootData:d=l}={}){let t=null,n=0;if(typeof l=="string"){if(!A.test(l)){let c={instancePath:a,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:_,data:l};t===null?t=[c]:t.push(c),n++}}else{let c={instancePath:a,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:_.type,parentSchema:_,data:l};t===null?t=[c]:t.push(c),n++}return f.errors=t,n===0}function g(l,{instancePath:a="",parentData:T,parentDataProperty:E,rootData:d=l}={}){let t=null,n=0;if(Array.isArray(l)){if(l.length<1){let o={instancePath:a,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:r,data:l};t===null?t=[o]:t.push(o),n++}let y=l.length;for(let o=0;o<y;o++){let i=l[o],S=n,O=n;if(i&&typeof i=="object"&&!Array.isArray(i)){let s;if(i.unlicensedAccess===void 0&&(s="unlicensedAccess")){let m={};t===null?t=[m]:t.push(m),n++}}var c=O===n;if(c){let s={instancePath:a+"/"+o,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:r.items.not,parentSchema:r.items,data:i};t===null?t=[s]:t.push(s),n++}else n=S,t!==null&&(S?t.length=S:t=null);if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.types===void 0){let s={instancePath:a+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"types"},message:"must have required property 'types'",schema:r.items.required,parentSchema:r.items,data:i};t===null?t=[s]:t.push(s),n++}if(i.operators===void 0){let s={instancePath:a+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"operators"},message:"must have required property 'operators'",schema:r.items.required,parentSchema:r.items,data:i};t===null?t=[s]:t.push(s),n++}if(i.name===void 0){let s={instancePath:a+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:r.items.required,parentSchema:r.items,data:i};t===null?t=[s]:t.push(s),n++}if(i.arguments===void 0){let s={instancePath:a+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"arguments"},message:"must have required property 'arguments'",schema:r.items.required,parentSchema:r.items,data:i};t===null?t=[s]:t.push(s),n++}if(i.url===void 0){let s={instancePath:a+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:r.items.required,parentSchema:r.items,data:i};t===null?t=[s]:t.push(s),n++}if(i.key===void 0){let s={instancePath:a+"/"+o,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:r.items.required,parentSchema:r.items,data:i};t===null?t=[s]:t.push(s),n++}if(i.types!==void 0){let s=i.types;if(Array.isArray(s)){let m=s.length;for(let u=0;u<m;u++){let e=s[u];if(typeof e!="string"){let p={instancePath:a+"/"+o+"/types/"+u,schemaPath:"#/items/properties/types/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.types.items.type,parentSchema:r.items.properties.types.items,data:e};t===null?t=[p]:t.push(p),n++}if(!(e==="issue"||e==="ISSUE"||e==="project"||e==="PROJECT"||e==="project_category"||e==="PROJECT_CATEGORY"||e==="project_type"||e==="PROJECT_TYPE"||e==="hierarchy_level"||e==="HIERARCHY_LEVEL"||e==="version"||e==="VERSION"||e==="component"||e==="COMPONENT"||e==="user"||e==="USER"||e==="group"||e==="GROUP"||e==="team"||e==="TEAM"||e==="project_role"||e==="PROJECT_ROLE"||e==="priority"||e==="PRIORITY"||e==="resolution"||e==="RESOLUTION"||e==="issue_type"||e==="ISSUE_TYPE"||e==="status"||e==="STATUS"||e==="status_category"||e==="STATUS_CATEGORY"||e==="cascading_option"||e==="CASCADING_OPTION"||e==="option"||e==="OPTION"||e==="saved_filter"||e==="SAVED_FILTER"||e==="issue_security_level"||e==="ISSUE_SECURITY_LEVEL"||e==="issue_restriction"||e==="ISSUE_RESTRICTION"||e==="label"||e==="LABEL"||e==="attachment"||e==="ATTACHMENT"||e==="issue_list"||e==="ISSUE_LIST"||e==="issue_link_type"||e==="ISSUE_LINK_TYPE"||e==="date"||e==="DATE"||e==="text"||e==="TEXT"||e==="number"||e==="NUMBER"||e==="duration"||e==="DURATION"||e==="url"||e==="URL")){let p={instancePath:a+"/"+o+"/types/"+u,schemaPath:"#/items/properties/types/items/enum",keyword:"enum",params:{allowedValues:r.items.properties.types.items.enum},message:"must be equal to one of the allowed values",schema:r.items.properties.types.items.enum,parentSchema:r.items.properties.types.items,data:e};t===null?t=[p]:t.push(p),n++}}}else{let m={instancePath:a+"/"+o+"/types",schemaPath:"#/items/properties/types/type",keyword:"type",params:{type:"array"},message:"must be array",schema:r.items.properties.types.type,parentSchema:r.items.properties.types,data:s};t===null?t=[m]:t.push(m),n++}}if(i.operators!==void 0){let s=i.operators;if(Array.isArray(s)){let m=s.length;for(let u=0;u<m;u++){let e=s[u];if(typeof e!="string"){let p={instancePath:a+"/"+o+"/operators/"+u,schemaPath:"#/items/properties/operators/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.operators.items.type,parentSchema:r.items.properties.operators.items,data:e};t===null?t=[p]:t.push(p),n++}if(!(e==="eq"||e==="EQ"||e==="neq"||e==="NEQ"||e==="gt"||e==="GT"||e==="gte"||e==="GTE"||e==="lt"||e==="LT"||e==="lte"||e==="LTE"||e==="in"||e==="IN"||e==="not_in"||e==="NOT_IN"||e==="contains"||e==="CONTAINS"||e==="not_contains"||e==="NOT_CONTAINS"||e==="is"||e==="IS"||e==="is_not"||e==="IS_NOT")){let p={instancePath:a+"/"+o+"/operators/"+u,schemaPath:"#/items/properties/operators/items/enum",keyword:"enum",params:{allowedValues:r.items.properties.operators.items.enum},message:"must be equal to one of the allowed values",schema:r.items.properties.operators.items.enum,parentSchema:r.items.properties.operators.items,data:e};t===null?t=[p]:t.push(p),n++}}}else{let m={instancePath:a+"/"+o+"/operators",schemaPath:"#/items/properties/operators/type",keyword:"type",params:{type:"array"},message:"must be array",schema:r.items.properties.operators.type,parentSchema:r.items.properties.operators,data:s};t===null?t=[m]:t.push(m),n++}}if(i.name!==void 0){let s=i.name;if(typeof s!="string"){let m={instancePath:a+"/"+o+"/name",schemaPath:"#/items/properties/name/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.name.type,parentSchema:r.items.properties.name,data:s};t===null?t=[m]:t.push(m),n++}}if(i.arguments!==void 0){let s=i.arguments;if(Array.isArray(s)){let m=s.length;for(let u=0;u<m;u++){let e=s[u];if(e&&typeof e=="object"&&!Array.isArray(e)){if(e.name===void 0){let p={instancePath:a+"/"+o+"/arguments/"+u,schemaPath:"#/items/properties/arguments/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:r.items.properties.arguments.items.required,parentSchema:r.items.properties.arguments.items,data:e};t===null?t=[p]:t.push(p),n++}if(e.required===void 0){let p={instancePath:a+"/"+o+"/arguments/"+u,schemaPath:"#/items/properties/arguments/items/required",keyword:"required",params:{missingProperty:"required"},message:"must have required property 'required'",schema:r.items.properties.arguments.items.required,parentSchema:r.items.properties.arguments.items,data:e};t===null?t=[p]:t.push(p),n++}if(e.name!==void 0){let p=e.name;if(typeof p!="string"){let h={instancePath:a+"/"+o+"/arguments/"+u+"/name",schemaPath:"#/items/properties/arguments/items/properties/name/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.arguments.items.properties.name.type,parentSchema:r.items.properties.arguments.items.properties.name,data:p};t===null?t=[h]:t.push(h),n++}}if(e.required!==void 0){let p=e.required;if(typeof p!="boolean"){let h={instancePath:a+"/"+o+"/arguments/"+u+"/required",schemaPath:"#/items/properties/arguments/items/properties/required/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:r.items.properties.arguments.items.properties.required.type,parentSchema:r.items.properties.arguments.items.properties.required,data:p};t===null?t=[h]:t.push(h),n++}}}else{let p={instancePath:a+"/"+o+"/arguments/"+u,schemaPath:"#/items/properties/arguments/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:r.items.properties.arguments.items.type,parentSchema:r.items.properties.arguments.items,data:e};t===null?t=[p]:t.push(p),n++}}}else{let m={instancePath:a+"/"+o+"/arguments",schemaPath:"#/items/properties/arguments/type",keyword:"type",params:{type:"array"},message:"must be array",schema:r.items.properties.arguments.type,parentSchema:r.items.properties.arguments,data:s};t===null?t=[m]:t.push(m),n++}}if(i.url!==void 0){let s=i.url;if(typeof s!="string"){let m={instancePath:a+"/"+o+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:r.items.properties.url.type,parentSchema:r.items.properties.url,data:s};t===null?t=[m]:t.push(m),n++}}i.key!==void 0&&(f(i.key,{instancePath:a+"/"+o+"/key",parentData:i,parentDataProperty:"key",rootData:d})||(t=t===null?f.errors:t.concat(f.errors),n=t.length))}}}else{let y={instancePath:a,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:r.type,parentSchema:r,data:l};t===null?t=[y]:t.push(y),n++}return g.errors=t,n===0}function I(l,{instancePath:a="",parentData:T,parentDataProperty:E,rootData:d=l}={}){let t=null,n=0;return g(l,{instancePath:a,parentData:T,parentDataProperty:E,rootData:d})||(t=t===null?g.errors:t.concat(g.errors),n=t.length),I.errors=t,n===0}
