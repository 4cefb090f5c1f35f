"use strict";var M=(n,i)=>()=>{try{return i||n((i={exports:{}}).exports,i),i.exports}catch(y){throw i=0,y}};var L=M(O=>{"use strict";Object.defineProperty(O,"__esModule",{value:!0});function E(n){let i=n.length,y=0,u=0,c;for(;u<i;)y++,c=n.charCodeAt(u++),c>=55296&&c<=56319&&u<i&&(c=n.charCodeAt(u),(c&64512)===56320&&u++);return y}O.default=E;E.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=x;module.exports.default=x;var l={type:"array",items:{properties:{name:{$ref:"#/definitions/i18nProperty"},weight:{type:"integer",defaultValue:"100"},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#/definitions/compositeCondition"}]},type:"array"},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","key"],additionalProperties:!0,shortClassName:"sidebarNavigationGroupBean",type:"object",not:{required:["unlicensedAccess"]}},minItems:1},g={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},$=L().default;function A(n,{instancePath:i="",parentData:y,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:g.required,parentSchema:g,data:n};e===null?e=[r]:e.push(r),t++}if(n.value!==void 0){let r=n.value;if(typeof r=="string"){if($(r)>1500){let s={instancePath:i+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:g.properties.value,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.value.type,parentSchema:g.properties.value,data:r};e===null?e=[s]:e.push(s),t++}}if(n.i18n!==void 0){let r=n.i18n;if(typeof r=="string"){if($(r)>300){let s={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:g.properties.i18n,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.i18n.type,parentSchema:g.properties.i18n,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:g.type,parentSchema:g,data:n};e===null?e=[r]:e.push(r),t++}return A.errors=e,t===0}var f={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function _(n,{instancePath:i="",parentData:y,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.condition===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:f.required,parentSchema:f,data:n};e===null?e=[r]:e.push(r),t++}if(n.condition!==void 0){let r=n.condition;if(typeof r=="string"){if($(r)>100){let s={instancePath:i+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:f.properties.condition,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.condition.type,parentSchema:f.properties.condition,data:r};e===null?e=[s]:e.push(s),t++}}if(n.invert!==void 0){let r=n.invert;if(typeof r!="boolean"){let s={instancePath:i+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:f.properties.invert.type,parentSchema:f.properties.invert,data:r};e===null?e=[s]:e.push(s),t++}}if(n.params!==void 0){let r=n.params;if(!(r&&typeof r=="object"&&!Array.isArray(r))){let s={instancePath:i+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.properties.params.type,parentSchema:f.properties.params,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.type,parentSchema:f,data:n};e===null?e=[r]:e.push(r),t++}return _.errors=e,t===0}var h={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},T={validate:x};function S(n,{instancePath:i="",parentData:y,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.conditions!==void 0){let s=n.conditions;if(Array.isArray(s)){let d=s.length;for(let a=0;a<d;a++){let o=s[a];if(!(o&&typeof o=="object"&&!Array.isArray(o))){let m={instancePath:i+"/conditions/"+a,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:h.properties.conditions.items.type,parentSchema:h.properties.conditions.items,data:o};e===null?e=[m]:e.push(m),t++}let w=t,b=!1,p=t;T.validate(o,{instancePath:i+"/conditions/"+a,parentData:s,parentDataProperty:a,rootData:c})||(e=e===null?T.validate.errors:e.concat(T.validate.errors),t=e.length);var r=p===t;if(b=b||r,!b){let m=t;_(o,{instancePath:i+"/conditions/"+a,parentData:s,parentDataProperty:a,rootData:c})||(e=e===null?_.errors:e.concat(_.errors),t=e.length);var r=m===t;b=b||r}if(b)t=w,e!==null&&(w?e.length=w:e=null);else{let m={instancePath:i+"/conditions/"+a,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:h.properties.conditions.items.anyOf,parentSchema:h.properties.conditions.items,data:o};e===null?e=[m]:e.push(m),t++}}}else{let d={instancePath:i+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:h.properties.conditions.type,parentSchema:h.properties.conditions,data:s};e===null?e=[d]:e.push(d),t++}}if(n.type!==void 0){let s=n.type;if(typeof s!="string"){let d={instancePath:i+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:h.properties.type.type,parentSchema:h.properties.type,data:s};e===null?e=[d]:e.push(d),t++}if(!(s==="and"||s==="AND"||s==="or"||s==="OR")){let d={instancePath:i+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:h.properties.type.enum},message:"must be equal to one of the allowed values",schema:h.properties.type.enum,parentSchema:h.properties.type,data:s};e===null?e=[d]:e.push(d),t++}}}else{let s={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:h.type,parentSchema:h,data:n};e===null?e=[s]:e.push(s),t++}return S.errors=e,t===0}var N={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},V=new RegExp("^[a-zA-Z0-9_-]+$","u");function j(n,{instancePath:i="",parentData:y,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;if(typeof n=="string"){if(!V.test(n)){let r={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:N,data:n};e===null?e=[r]:e.push(r),t++}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:N.type,parentSchema:N,data:n};e===null?e=[r]:e.push(r),t++}return j.errors=e,t===0}function D(n,{instancePath:i="",parentData:y,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;if(Array.isArray(n)){if(n.length<1){let a={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:l,data:n};e===null?e=[a]:e.push(a),t++}let d=n.length;for(let a=0;a<d;a++){let o=n[a],w=t,b=t;if(o&&typeof o=="object"&&!Array.isArray(o)){let p;if(o.unlicensedAccess===void 0&&(p="unlicensedAccess")){let m={};e===null?e=[m]:e.push(m),t++}}var r=b===t;if(r){let p={instancePath:i+"/"+a,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:l.items.not,parentSchema:l.items,data:o};e===null?e=[p]:e.push(p),t++}else t=w,e!==null&&(w?e.length=w:e=null);if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.name===void 0){let p={instancePath:i+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:l.items.required,parentSchema:l.items,data:o};e===null?e=[p]:e.push(p),t++}if(o.key===void 0){let p={instancePath:i+"/"+a,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:l.items.required,parentSchema:l.items,data:o};e===null?e=[p]:e.push(p),t++}if(o.name!==void 0&&(A(o.name,{instancePath:i+"/"+a+"/name",parentData:o,parentDataProperty:"name",rootData:c})||(e=e===null?A.errors:e.concat(A.errors),t=e.length)),o.weight!==void 0){let p=o.weight;if(!(typeof p=="number"&&!(p%1)&&!isNaN(p))){let m={instancePath:i+"/"+a+"/weight",schemaPath:"#/items/properties/weight/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:l.items.properties.weight.type,parentSchema:l.items.properties.weight,data:p};e===null?e=[m]:e.push(m),t++}}if(o.conditions!==void 0){let p=o.conditions;if(Array.isArray(p)){let m=p.length;for(let v=0;v<m;v++){let P=p[v];if(!(P&&typeof P=="object"&&!Array.isArray(P))){let k={instancePath:i+"/"+a+"/conditions/"+v,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.items.properties.conditions.items.type,parentSchema:l.items.properties.conditions.items,data:P};e===null?e=[k]:e.push(k),t++}let q=t,C=!1,z=t;_(P,{instancePath:i+"/"+a+"/conditions/"+v,parentData:p,parentDataProperty:v,rootData:c})||(e=e===null?_.errors:e.concat(_.errors),t=e.length);var s=z===t;if(C=C||s,!C){let k=t;S(P,{instancePath:i+"/"+a+"/conditions/"+v,parentData:p,parentDataProperty:v,rootData:c})||(e=e===null?S.errors:e.concat(S.errors),t=e.length);var s=k===t;C=C||s}if(C)t=q,e!==null&&(q?e.length=q:e=null);else{let k={instancePath:i+"/"+a+"/conditions/"+v,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:l.items.properties.conditions.items.anyOf,parentSchema:l.items.properties.conditions.items,data:P};e===null?e=[k]:e.push(k),t++}}}else{let m={instancePath:i+"/"+a+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.items.properties.conditions.type,parentSchema:l.items.properties.conditions,data:p};e===null?e=[m]:e.push(m),t++}}o.key!==void 0&&(j(o.key,{instancePath:i+"/"+a+"/key",parentData:o,parentDataProperty:"key",rootData:c})||(e=e===null?j.errors:e.concat(j.errors),t=e.length))}else{let p={instancePath:i+"/"+a,schemaPath:"#/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:l.items.type,parentSchema:l.items,data:o};e===null?e=[p]:e.push(p),t++}}}else{let d={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:l.type,parentSchema:l,data:n};e===null?e=[d]:e.push(d),t++}return D.errors=e,t===0}function x(n,{instancePath:i="",parentData:y,parentDataProperty:u,rootData:c=n}={}){let e=null,t=0;return D(n,{instancePath:i,parentData:y,parentDataProperty:u,rootData:c})||(e=e===null?D.errors:e.concat(D.errors),t=e.length),x.errors=e,t===0}
