"use strict";var $=(i,n)=>()=>{try{return n||i((n={exports:{}}).exports,n),n.exports}catch(g){throw n=0,g}};var L=$(x=>{"use strict";Object.defineProperty(x,"__esModule",{value:!0});function T(i){let n=i.length,g=0,u=0,d;for(;u<n;)g++,d=i.charCodeAt(u++),d>=55296&&d<=56319&&u<n&&(d=i.charCodeAt(u),(d&64512)===56320&&u++);return g}x.default=T;T.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=j;module.exports.default=j;var l={type:"array",items:{properties:{filter:{maxLength:1e4,type:"string",fieldDescription:`

Filter for entities that the webhook will be triggered for. Refer to the documentation on <a href="#Filtering">filtering</a> for details.

`},excludeBody:{type:"boolean",fieldDescription:`

Specifies if webhook will send JSON body when triggered. By default, a webhook will send a request with a JSON body.

`,defaultValue:"false"},event:{maxLength:100,type:"string",fieldDescription:`

Specifies the named event you would like to listen to (e.g., "enabled", "jira:issue\\_created", etc.)

`},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/compositeCondition"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

List of conditions which must be true for the webhook to fire

`},propertyKeys:{items:{type:"string"},type:"array",fieldDescription:`

Specifies entity properties which will be returned inside JSON body. If not specified no properties will be returned.

 Currently this is supported only in Jira webhooks, for all events that support <a href="/cloud/jira/platform/jira-entity-properties/">Entity Properties</a>.
 Note that properties won't be returned for entity-deleted events, since the properties are already deleted by the time the webhook is sent.

`},url:{type:"string",fieldDescription:`

Specifies your add-on's POST webhook handler URL. This property must be a URL relative to the add-on's baseUrl.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["event","url","key"],not:{required:["unlicensedAccess"]}},minItems:1},N=L().default,y={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

The conditions to compose using the specific logical operator.

`},type:{enum:["and","AND","or","OR"],type:"string",fieldDescription:`

Defines what logical operator is used to evaluate its collection of condition elements.

`}},shortClassName:"compositeConditionBean",type:"object",title:"Composite Condition",description:`

Composite Conditions are composed of a collection of [Single Condition](../single-condition/) / Composite Conditions
 and a type attribute.

 <h3>Example</h3>





    {
      "conditions": [
        {
          "or": [
            {
              "condition": "can_attach_file_to_issue",
              "invert": false
            },
            {
              "condition": "is_issue_assigned_to_current_user",
              "invert": false
            }
          ]
        },
        {
          "condition": "user_is_logged_in",
          "invert": false
        }
      ]
    }


`},O={validate:j},f={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

A string indicating the name of the condition

`},invert:{type:"boolean",fieldDescription:`

A flag indicating whether to invert the boolean result of the condition.

`,defaultValue:"false"},params:{additionalProperties:!0,type:"object",fieldTitle:"Object",fieldDescription:`

This object represents a map of key/value pairs, where each property name and value corresponds to the parameter name and value respectively.

 <p><b>Example</b></p>





    {
      "params": {
        "someOtherProperty": "someValue",
        "myCustomProperty": "myValue"
      }
    }


`}},required:["condition"],shortClassName:"singleConditionBean",type:"object",title:"Single Condition",description:`

Single Conditions are either provided by the host application. See the complete documentation of
 [Conditions](../../conditions/) for more information.

 To invert a condition, add the attribute \`\`invert="true"\`\` to the condition element.
 This is useful where you want to show the section if a certain condition is not satisfied.

 <h3>Example</h3>





    {
      "condition": "user_is_logged_in",
      "invert": false
    }


`};function S(i,{instancePath:n="",parentData:g,parentDataProperty:u,rootData:d=i}={}){let e=null,t=0;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.condition===void 0){let c={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:f.required,parentSchema:f,data:i};e===null?e=[c]:e.push(c),t++}if(i.condition!==void 0){let c=i.condition;if(typeof c=="string"){if(N(c)>100){let p={instancePath:n+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:f.properties.condition,data:c};e===null?e=[p]:e.push(p),t++}}else{let p={instancePath:n+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.condition.type,parentSchema:f.properties.condition,data:c};e===null?e=[p]:e.push(p),t++}}if(i.invert!==void 0){let c=i.invert;if(typeof c!="boolean"){let p={instancePath:n+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:f.properties.invert.type,parentSchema:f.properties.invert,data:c};e===null?e=[p]:e.push(p),t++}}if(i.params!==void 0){let c=i.params;if(!(c&&typeof c=="object"&&!Array.isArray(c))){let p={instancePath:n+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.properties.params.type,parentSchema:f.properties.params,data:c};e===null?e=[p]:e.push(p),t++}}}else{let c={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.type,parentSchema:f,data:i};e===null?e=[c]:e.push(c),t++}return S.errors=e,t===0}function D(i,{instancePath:n="",parentData:g,parentDataProperty:u,rootData:d=i}={}){let e=null,t=0;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.conditions!==void 0){let p=i.conditions;if(Array.isArray(p)){let m=p.length;for(let a=0;a<m;a++){let o=p[a];if(!(o&&typeof o=="object"&&!Array.isArray(o))){let s={instancePath:n+"/conditions/"+a,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.properties.conditions.items.type,parentSchema:y.properties.conditions.items,data:o};e===null?e=[s]:e.push(s),t++}let w=t,v=!1,r=t;O.validate(o,{instancePath:n+"/conditions/"+a,parentData:p,parentDataProperty:a,rootData:d})||(e=e===null?O.validate.errors:e.concat(O.validate.errors),t=e.length);var c=r===t;if(v=v||c,!v){let s=t;S(o,{instancePath:n+"/conditions/"+a,parentData:p,parentDataProperty:a,rootData:d})||(e=e===null?S.errors:e.concat(S.errors),t=e.length);var c=s===t;v=v||c}if(v)t=w,e!==null&&(w?e.length=w:e=null);else{let s={instancePath:n+"/conditions/"+a,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:y.properties.conditions.items.anyOf,parentSchema:y.properties.conditions.items,data:o};e===null?e=[s]:e.push(s),t++}}}else{let m={instancePath:n+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:y.properties.conditions.type,parentSchema:y.properties.conditions,data:p};e===null?e=[m]:e.push(m),t++}}if(i.type!==void 0){let p=i.type;if(typeof p!="string"){let m={instancePath:n+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.type.type,parentSchema:y.properties.type,data:p};e===null?e=[m]:e.push(m),t++}if(!(p==="and"||p==="AND"||p==="or"||p==="OR")){let m={instancePath:n+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:y.properties.type.enum},message:"must be equal to one of the allowed values",schema:y.properties.type.enum,parentSchema:y.properties.type,data:p};e===null?e=[m]:e.push(m),t++}}}else{let p={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.type,parentSchema:y,data:i};e===null?e=[p]:e.push(p),t++}return D.errors=e,t===0}var q={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},B=new RegExp("^[a-zA-Z0-9_-]+$","u");function A(i,{instancePath:n="",parentData:g,parentDataProperty:u,rootData:d=i}={}){let e=null,t=0;if(typeof i=="string"){if(!B.test(i)){let c={instancePath:n,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:q,data:i};e===null?e=[c]:e.push(c),t++}}else{let c={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:q.type,parentSchema:q,data:i};e===null?e=[c]:e.push(c),t++}return A.errors=e,t===0}function C(i,{instancePath:n="",parentData:g,parentDataProperty:u,rootData:d=i}={}){let e=null,t=0;if(Array.isArray(i)){if(i.length<1){let a={instancePath:n,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:l,data:i};e===null?e=[a]:e.push(a),t++}let m=i.length;for(let a=0;a<m;a++){let o=i[a],w=t,v=t;if(o&&typeof o=="object"&&!Array.isArray(o)){let r;if(o.unlicensedAccess===void 0&&(r="unlicensedAccess")){let s={};e===null?e=[s]:e.push(s),t++}}var c=v===t;if(c){let r={instancePath:n+"/"+a,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:l.items.not,parentSchema:l.items,data:o};e===null?e=[r]:e.push(r),t++}else t=w,e!==null&&(w?e.length=w:e=null);if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.event===void 0){let r={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"event"},message:"must have required property 'event'",schema:l.items.required,parentSchema:l.items,data:o};e===null?e=[r]:e.push(r),t++}if(o.url===void 0){let r={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:l.items.required,parentSchema:l.items,data:o};e===null?e=[r]:e.push(r),t++}if(o.key===void 0){let r={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:l.items.required,parentSchema:l.items,data:o};e===null?e=[r]:e.push(r),t++}if(o.filter!==void 0){let r=o.filter;if(typeof r=="string"){if(N(r)>1e4){let s={instancePath:n+"/"+a+"/filter",schemaPath:"#/items/properties/filter/maxLength",keyword:"maxLength",params:{limit:1e4},message:"must NOT have more than 10000 characters",schema:1e4,parentSchema:l.items.properties.filter,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:n+"/"+a+"/filter",schemaPath:"#/items/properties/filter/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.filter.type,parentSchema:l.items.properties.filter,data:r};e===null?e=[s]:e.push(s),t++}}if(o.excludeBody!==void 0){let r=o.excludeBody;if(typeof r!="boolean"){let s={instancePath:n+"/"+a+"/excludeBody",schemaPath:"#/items/properties/excludeBody/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:l.items.properties.excludeBody.type,parentSchema:l.items.properties.excludeBody,data:r};e===null?e=[s]:e.push(s),t++}}if(o.event!==void 0){let r=o.event;if(typeof r=="string"){if(N(r)>100){let s={instancePath:n+"/"+a+"/event",schemaPath:"#/items/properties/event/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:l.items.properties.event,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:n+"/"+a+"/event",schemaPath:"#/items/properties/event/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.event.type,parentSchema:l.items.properties.event,data:r};e===null?e=[s]:e.push(s),t++}}if(o.conditions!==void 0){let r=o.conditions;if(Array.isArray(r)){let s=r.length;for(let h=0;h<s;h++){let b=r[h];if(!(b&&typeof b=="object"&&!Array.isArray(b))){let k={instancePath:n+"/"+a+"/conditions/"+h,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.items.properties.conditions.items.type,parentSchema:l.items.properties.conditions.items,data:b};e===null?e=[k]:e.push(k),t++}let _=t,P=!1,K=t;D(b,{instancePath:n+"/"+a+"/conditions/"+h,parentData:r,parentDataProperty:h,rootData:d})||(e=e===null?D.errors:e.concat(D.errors),t=e.length);var p=K===t;if(P=P||p,!P){let k=t;S(b,{instancePath:n+"/"+a+"/conditions/"+h,parentData:r,parentDataProperty:h,rootData:d})||(e=e===null?S.errors:e.concat(S.errors),t=e.length);var p=k===t;P=P||p}if(P)t=_,e!==null&&(_?e.length=_:e=null);else{let k={instancePath:n+"/"+a+"/conditions/"+h,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:l.items.properties.conditions.items.anyOf,parentSchema:l.items.properties.conditions.items,data:b};e===null?e=[k]:e.push(k),t++}}}else{let s={instancePath:n+"/"+a+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.items.properties.conditions.type,parentSchema:l.items.properties.conditions,data:r};e===null?e=[s]:e.push(s),t++}}if(o.propertyKeys!==void 0){let r=o.propertyKeys;if(Array.isArray(r)){let s=r.length;for(let h=0;h<s;h++){let b=r[h];if(typeof b!="string"){let _={instancePath:n+"/"+a+"/propertyKeys/"+h,schemaPath:"#/items/properties/propertyKeys/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.propertyKeys.items.type,parentSchema:l.items.properties.propertyKeys.items,data:b};e===null?e=[_]:e.push(_),t++}}}else{let s={instancePath:n+"/"+a+"/propertyKeys",schemaPath:"#/items/properties/propertyKeys/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.items.properties.propertyKeys.type,parentSchema:l.items.properties.propertyKeys,data:r};e===null?e=[s]:e.push(s),t++}}if(o.url!==void 0){let r=o.url;if(typeof r!="string"){let s={instancePath:n+"/"+a+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.url.type,parentSchema:l.items.properties.url,data:r};e===null?e=[s]:e.push(s),t++}}o.key!==void 0&&(A(o.key,{instancePath:n+"/"+a+"/key",parentData:o,parentDataProperty:"key",rootData:d})||(e=e===null?A.errors:e.concat(A.errors),t=e.length))}}}else{let m={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.type,parentSchema:l,data:i};e===null?e=[m]:e.push(m),t++}return C.errors=e,t===0}function j(i,{instancePath:n="",parentData:g,parentDataProperty:u,rootData:d=i}={}){let e=null,t=0;return C(i,{instancePath:n,parentData:g,parentDataProperty:u,rootData:d})||(e=e===null?C.errors:e.concat(C.errors),t=e.length),j.errors=e,t===0}
