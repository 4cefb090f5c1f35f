"use strict";var N=(i,n)=>()=>{try{return n||i((n={exports:{}}).exports,n),n.exports}catch(b){throw n=0,b}};var R=N(q=>{"use strict";Object.defineProperty(q,"__esModule",{value:!0});function T(i){let n=i.length,b=0,f=0,d;for(;f<n;)b++,d=i.charCodeAt(f++),d>=55296&&d<=56319&&f<n&&(d=i.charCodeAt(f),(d&64512)===56320&&f++);return b}q.default=T;T.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=j;module.exports.default=j;var l={type:"array",items:{properties:{url:{type:"string"},weight:{type:"integer",defaultValue:"100"},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array"},pages:{items:{enum:["help_center","HELP_CENTER","portal","PORTAL","create_request","CREATE_REQUEST","view_request","VIEW_REQUEST","my_requests","MY_REQUESTS","approvals","APPROVALS","profile","PROFILE"],type:"string"},type:"array"},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["url","key"],additionalProperties:!0,shortClassName:"portalSharedPanelBean",type:"object",not:{required:["unlicensedAccess"]}},minItems:1},g={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`},$=R().default;function S(i,{instancePath:n="",parentData:b,parentDataProperty:f,rootData:d=i}={}){let e=null,t=0;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.condition===void 0){let p={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:g.required,parentSchema:g,data:i};e===null?e=[p]:e.push(p),t++}if(i.condition!==void 0){let p=i.condition;if(typeof p=="string"){if($(p)>100){let s={instancePath:n+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:g.properties.condition,data:p};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:n+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.condition.type,parentSchema:g.properties.condition,data:p};e===null?e=[s]:e.push(s),t++}}if(i.invert!==void 0){let p=i.invert;if(typeof p!="boolean"){let s={instancePath:n+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:g.properties.invert.type,parentSchema:g.properties.invert,data:p};e===null?e=[s]:e.push(s),t++}}if(i.params!==void 0){let p=i.params;if(!(p&&typeof p=="object"&&!Array.isArray(p))){let s={instancePath:n+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:g.properties.params.type,parentSchema:g.properties.params,data:p};e===null?e=[s]:e.push(s),t++}}}else{let p={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:g.type,parentSchema:g,data:i};e===null?e=[p]:e.push(p),t++}return S.errors=e,t===0}var y={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},D={validate:j};function E(i,{instancePath:n="",parentData:b,parentDataProperty:f,rootData:d=i}={}){let e=null,t=0;if(i&&typeof i=="object"&&!Array.isArray(i)){if(i.conditions!==void 0){let s=i.conditions;if(Array.isArray(s)){let u=s.length;for(let a=0;a<u;a++){let o=s[a];if(!(o&&typeof o=="object"&&!Array.isArray(o))){let c={instancePath:n+"/conditions/"+a,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.properties.conditions.items.type,parentSchema:y.properties.conditions.items,data:o};e===null?e=[c]:e.push(c),t++}let P=t,v=!1,r=t;D.validate(o,{instancePath:n+"/conditions/"+a,parentData:s,parentDataProperty:a,rootData:d})||(e=e===null?D.validate.errors:e.concat(D.validate.errors),t=e.length);var p=r===t;if(v=v||p,!v){let c=t;S(o,{instancePath:n+"/conditions/"+a,parentData:s,parentDataProperty:a,rootData:d})||(e=e===null?S.errors:e.concat(S.errors),t=e.length);var p=c===t;v=v||p}if(v)t=P,e!==null&&(P?e.length=P:e=null);else{let c={instancePath:n+"/conditions/"+a,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:y.properties.conditions.items.anyOf,parentSchema:y.properties.conditions.items,data:o};e===null?e=[c]:e.push(c),t++}}}else{let u={instancePath:n+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:y.properties.conditions.type,parentSchema:y.properties.conditions,data:s};e===null?e=[u]:e.push(u),t++}}if(i.type!==void 0){let s=i.type;if(typeof s!="string"){let u={instancePath:n+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.type.type,parentSchema:y.properties.type,data:s};e===null?e=[u]:e.push(u),t++}if(!(s==="and"||s==="AND"||s==="or"||s==="OR")){let u={instancePath:n+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:y.properties.type.enum},message:"must be equal to one of the allowed values",schema:y.properties.type.enum,parentSchema:y.properties.type,data:s};e===null?e=[u]:e.push(u),t++}}}else{let s={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.type,parentSchema:y,data:i};e===null?e=[s]:e.push(s),t++}return E.errors=e,t===0}var O={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},L=new RegExp("^[a-zA-Z0-9_-]+$","u");function C(i,{instancePath:n="",parentData:b,parentDataProperty:f,rootData:d=i}={}){let e=null,t=0;if(typeof i=="string"){if(!L.test(i)){let p={instancePath:n,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:O,data:i};e===null?e=[p]:e.push(p),t++}}else{let p={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:O.type,parentSchema:O,data:i};e===null?e=[p]:e.push(p),t++}return C.errors=e,t===0}function k(i,{instancePath:n="",parentData:b,parentDataProperty:f,rootData:d=i}={}){let e=null,t=0;if(Array.isArray(i)){if(i.length<1){let a={instancePath:n,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:l,data:i};e===null?e=[a]:e.push(a),t++}let u=i.length;for(let a=0;a<u;a++){let o=i[a],P=t,v=t;if(o&&typeof o=="object"&&!Array.isArray(o)){let r;if(o.unlicensedAccess===void 0&&(r="unlicensedAccess")){let c={};e===null?e=[c]:e.push(c),t++}}var p=v===t;if(p){let r={instancePath:n+"/"+a,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:l.items.not,parentSchema:l.items,data:o};e===null?e=[r]:e.push(r),t++}else t=P,e!==null&&(P?e.length=P:e=null);if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.url===void 0){let r={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:l.items.required,parentSchema:l.items,data:o};e===null?e=[r]:e.push(r),t++}if(o.key===void 0){let r={instancePath:n+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:l.items.required,parentSchema:l.items,data:o};e===null?e=[r]:e.push(r),t++}if(o.url!==void 0){let r=o.url;if(typeof r!="string"){let c={instancePath:n+"/"+a+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.url.type,parentSchema:l.items.properties.url,data:r};e===null?e=[c]:e.push(c),t++}}if(o.weight!==void 0){let r=o.weight;if(!(typeof r=="number"&&!(r%1)&&!isNaN(r))){let c={instancePath:n+"/"+a+"/weight",schemaPath:"#/items/properties/weight/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:l.items.properties.weight.type,parentSchema:l.items.properties.weight,data:r};e===null?e=[c]:e.push(c),t++}}if(o.conditions!==void 0){let r=o.conditions;if(Array.isArray(r)){let c=r.length;for(let h=0;h<c;h++){let m=r[h];if(!(m&&typeof m=="object"&&!Array.isArray(m))){let w={instancePath:n+"/"+a+"/conditions/"+h,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.items.properties.conditions.items.type,parentSchema:l.items.properties.conditions.items,data:m};e===null?e=[w]:e.push(w),t++}let _=t,A=!1,x=t;S(m,{instancePath:n+"/"+a+"/conditions/"+h,parentData:r,parentDataProperty:h,rootData:d})||(e=e===null?S.errors:e.concat(S.errors),t=e.length);var s=x===t;if(A=A||s,!A){let w=t;E(m,{instancePath:n+"/"+a+"/conditions/"+h,parentData:r,parentDataProperty:h,rootData:d})||(e=e===null?E.errors:e.concat(E.errors),t=e.length);var s=w===t;A=A||s}if(A)t=_,e!==null&&(_?e.length=_:e=null);else{let w={instancePath:n+"/"+a+"/conditions/"+h,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:l.items.properties.conditions.items.anyOf,parentSchema:l.items.properties.conditions.items,data:m};e===null?e=[w]:e.push(w),t++}}}else{let c={instancePath:n+"/"+a+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.items.properties.conditions.type,parentSchema:l.items.properties.conditions,data:r};e===null?e=[c]:e.push(c),t++}}if(o.pages!==void 0){let r=o.pages;if(Array.isArray(r)){let c=r.length;for(let h=0;h<c;h++){let m=r[h];if(typeof m!="string"){let _={instancePath:n+"/"+a+"/pages/"+h,schemaPath:"#/items/properties/pages/items/type",keyword:"type",params:{type:"string"},message:"must be string",schema:l.items.properties.pages.items.type,parentSchema:l.items.properties.pages.items,data:m};e===null?e=[_]:e.push(_),t++}if(!(m==="help_center"||m==="HELP_CENTER"||m==="portal"||m==="PORTAL"||m==="create_request"||m==="CREATE_REQUEST"||m==="view_request"||m==="VIEW_REQUEST"||m==="my_requests"||m==="MY_REQUESTS"||m==="approvals"||m==="APPROVALS"||m==="profile"||m==="PROFILE")){let _={instancePath:n+"/"+a+"/pages/"+h,schemaPath:"#/items/properties/pages/items/enum",keyword:"enum",params:{allowedValues:l.items.properties.pages.items.enum},message:"must be equal to one of the allowed values",schema:l.items.properties.pages.items.enum,parentSchema:l.items.properties.pages.items,data:m};e===null?e=[_]:e.push(_),t++}}}else{let c={instancePath:n+"/"+a+"/pages",schemaPath:"#/items/properties/pages/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.items.properties.pages.type,parentSchema:l.items.properties.pages,data:r};e===null?e=[c]:e.push(c),t++}}o.key!==void 0&&(C(o.key,{instancePath:n+"/"+a+"/key",parentData:o,parentDataProperty:"key",rootData:d})||(e=e===null?C.errors:e.concat(C.errors),t=e.length))}else{let r={instancePath:n+"/"+a,schemaPath:"#/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.items.type,parentSchema:l.items,data:o};e===null?e=[r]:e.push(r),t++}}}else{let u={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.type,parentSchema:l,data:i};e===null?e=[u]:e.push(u),t++}return k.errors=e,t===0}function j(i,{instancePath:n="",parentData:b,parentDataProperty:f,rootData:d=i}={}){let e=null,t=0;return k(i,{instancePath:n,parentData:b,parentDataProperty:f,rootData:d})||(e=e===null?k.errors:e.concat(k.errors),t=e.length),j.errors=e,t===0}
