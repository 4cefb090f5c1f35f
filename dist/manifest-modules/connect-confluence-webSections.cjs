"use strict";var z=(n,i)=>()=>{try{return i||n((i={exports:{}}).exports,i),i.exports}catch(f){throw i=0,f}};var N=z(O=>{"use strict";Object.defineProperty(O,"__esModule",{value:!0});function E(n){let i=n.length,f=0,u=0,m;for(;u<i;)f++,m=n.charCodeAt(u++),m>=55296&&m<=56319&&u<i&&(m=n.charCodeAt(u),(m&64512)===56320&&u++);return f}O.default=E;E.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=T;module.exports.default=T;var c={type:"array",items:{properties:{tooltip:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The internationalised text to be used in the link's tooltip.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},weight:{type:"integer",fieldDescription:`

<p>Determines the order in which the web section appears in the menu or list.</p>

 <p>The "lightest" weight (i.e., lowest number) appears first, rising relative to other items, while the "heaviest"
 weights sink to the bottom of the menu or list.</p>

 <p>Built-in web sections have weights that are incremented by numbers that leave room for additional sections, such
 as by 10 or 100. Be mindful of the weight you choose for your item, so that it appears in a sensible order given
 existing items.</p>

`,defaultValue:"100"},location:{maxLength:100,type:"string",fieldDescription:`

The location in the application interface where the web section should appear. For the Atlassian application
 interface, a location is something like the coordinates on a map. It points to a particular drop-down menu or
 navigation list in the UI.

 Find product locations with the Web Fragment Finder

 <ul>
     <li><a href="https://marketplace.atlassian.com/plugins/com.wittified.webfragment-finder/cloud/overview">Jira Locations</a></li>
     <li><a href="https://marketplace.atlassian.com/plugins/com.wittified.webfragment-finder-confluence/cloud/overview">Confluence locations</a></li>
 </ul>

`},conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/compositeCondition"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

<a href="../../conditions/">Conditions</a> can be added to display only when all the given conditions are true.

`},params:{additionalProperties:!0,type:"object",fieldTitle:"Object",fieldDescription:`

This object represents a map of key/value pairs, where each property name and value corresponds to the parameter name and value respectively.

 <p><b>Example</b></p>





    {
      "params": {
        "someOtherProperty": "someValue",
        "myCustomProperty": "myValue"
      }
    }


`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","location","key"],not:{required:["unlicensedAccess"]}},minItems:1},g={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},x=N().default;function D(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:m=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:g.required,parentSchema:g,data:n};e===null?e=[r]:e.push(r),t++}if(n.value!==void 0){let r=n.value;if(typeof r=="string"){if(x(r)>1500){let s={instancePath:i+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:g.properties.value,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.value.type,parentSchema:g.properties.value,data:r};e===null?e=[s]:e.push(s),t++}}if(n.i18n!==void 0){let r=n.i18n;if(typeof r=="string"){if(x(r)>300){let s={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:g.properties.i18n,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:g.properties.i18n.type,parentSchema:g.properties.i18n,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:g.type,parentSchema:g,data:n};e===null?e=[r]:e.push(r),t++}return D.errors=e,t===0}var h={properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#"},{$ref:"#/definitions/singleCondition"}]},type:"array",fieldDescription:`

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


`},$={validate:T},y={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function _(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:m=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.condition===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:y.required,parentSchema:y,data:n};e===null?e=[r]:e.push(r),t++}if(n.condition!==void 0){let r=n.condition;if(typeof r=="string"){if(x(r)>100){let s={instancePath:i+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:y.properties.condition,data:r};e===null?e=[s]:e.push(s),t++}}else{let s={instancePath:i+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:y.properties.condition.type,parentSchema:y.properties.condition,data:r};e===null?e=[s]:e.push(s),t++}}if(n.invert!==void 0){let r=n.invert;if(typeof r!="boolean"){let s={instancePath:i+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:y.properties.invert.type,parentSchema:y.properties.invert,data:r};e===null?e=[s]:e.push(s),t++}}if(n.params!==void 0){let r=n.params;if(!(r&&typeof r=="object"&&!Array.isArray(r))){let s={instancePath:i+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.properties.params.type,parentSchema:y.properties.params,data:r};e===null?e=[s]:e.push(s),t++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:y.type,parentSchema:y,data:n};e===null?e=[r]:e.push(r),t++}return _.errors=e,t===0}function C(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:m=n}={}){let e=null,t=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.conditions!==void 0){let s=n.conditions;if(Array.isArray(s)){let d=s.length;for(let p=0;p<d;p++){let a=s[p];if(!(a&&typeof a=="object"&&!Array.isArray(a))){let l={instancePath:i+"/conditions/"+p,schemaPath:"#/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:h.properties.conditions.items.type,parentSchema:h.properties.conditions.items,data:a};e===null?e=[l]:e.push(l),t++}let w=t,b=!1,o=t;$.validate(a,{instancePath:i+"/conditions/"+p,parentData:s,parentDataProperty:p,rootData:m})||(e=e===null?$.validate.errors:e.concat($.validate.errors),t=e.length);var r=o===t;if(b=b||r,!b){let l=t;_(a,{instancePath:i+"/conditions/"+p,parentData:s,parentDataProperty:p,rootData:m})||(e=e===null?_.errors:e.concat(_.errors),t=e.length);var r=l===t;b=b||r}if(b)t=w,e!==null&&(w?e.length=w:e=null);else{let l={instancePath:i+"/conditions/"+p,schemaPath:"#/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:h.properties.conditions.items.anyOf,parentSchema:h.properties.conditions.items,data:a};e===null?e=[l]:e.push(l),t++}}}else{let d={instancePath:i+"/conditions",schemaPath:"#/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:h.properties.conditions.type,parentSchema:h.properties.conditions,data:s};e===null?e=[d]:e.push(d),t++}}if(n.type!==void 0){let s=n.type;if(typeof s!="string"){let d={instancePath:i+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:h.properties.type.type,parentSchema:h.properties.type,data:s};e===null?e=[d]:e.push(d),t++}if(!(s==="and"||s==="AND"||s==="or"||s==="OR")){let d={instancePath:i+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues:h.properties.type.enum},message:"must be equal to one of the allowed values",schema:h.properties.type.enum,parentSchema:h.properties.type,data:s};e===null?e=[d]:e.push(d),t++}}}else{let s={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:h.type,parentSchema:h,data:n};e===null?e=[s]:e.push(s),t++}return C.errors=e,t===0}var L={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},M=new RegExp("^[a-zA-Z0-9_-]+$","u");function j(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:m=n}={}){let e=null,t=0;if(typeof n=="string"){if(!M.test(n)){let r={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:L,data:n};e===null?e=[r]:e.push(r),t++}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:L.type,parentSchema:L,data:n};e===null?e=[r]:e.push(r),t++}return j.errors=e,t===0}function S(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:m=n}={}){let e=null,t=0;if(Array.isArray(n)){if(n.length<1){let p={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:c,data:n};e===null?e=[p]:e.push(p),t++}let d=n.length;for(let p=0;p<d;p++){let a=n[p],w=t,b=t;if(a&&typeof a=="object"&&!Array.isArray(a)){let o;if(a.unlicensedAccess===void 0&&(o="unlicensedAccess")){let l={};e===null?e=[l]:e.push(l),t++}}var r=b===t;if(r){let o={instancePath:i+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:c.items.not,parentSchema:c.items,data:a};e===null?e=[o]:e.push(o),t++}else t=w,e!==null&&(w?e.length=w:e=null);if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.name===void 0){let o={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:c.items.required,parentSchema:c.items,data:a};e===null?e=[o]:e.push(o),t++}if(a.location===void 0){let o={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"location"},message:"must have required property 'location'",schema:c.items.required,parentSchema:c.items,data:a};e===null?e=[o]:e.push(o),t++}if(a.key===void 0){let o={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:c.items.required,parentSchema:c.items,data:a};e===null?e=[o]:e.push(o),t++}if(a.tooltip!==void 0&&(D(a.tooltip,{instancePath:i+"/"+p+"/tooltip",parentData:a,parentDataProperty:"tooltip",rootData:m})||(e=e===null?D.errors:e.concat(D.errors),t=e.length)),a.name!==void 0&&(D(a.name,{instancePath:i+"/"+p+"/name",parentData:a,parentDataProperty:"name",rootData:m})||(e=e===null?D.errors:e.concat(D.errors),t=e.length)),a.weight!==void 0){let o=a.weight;if(!(typeof o=="number"&&!(o%1)&&!isNaN(o))){let l={instancePath:i+"/"+p+"/weight",schemaPath:"#/items/properties/weight/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:c.items.properties.weight.type,parentSchema:c.items.properties.weight,data:o};e===null?e=[l]:e.push(l),t++}}if(a.location!==void 0){let o=a.location;if(typeof o=="string"){if(x(o)>100){let l={instancePath:i+"/"+p+"/location",schemaPath:"#/items/properties/location/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:c.items.properties.location,data:o};e===null?e=[l]:e.push(l),t++}}else{let l={instancePath:i+"/"+p+"/location",schemaPath:"#/items/properties/location/type",keyword:"type",params:{type:"string"},message:"must be string",schema:c.items.properties.location.type,parentSchema:c.items.properties.location,data:o};e===null?e=[l]:e.push(l),t++}}if(a.conditions!==void 0){let o=a.conditions;if(Array.isArray(o)){let l=o.length;for(let v=0;v<l;v++){let k=o[v];if(!(k&&typeof k=="object"&&!Array.isArray(k))){let P={instancePath:i+"/"+p+"/conditions/"+v,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:c.items.properties.conditions.items.type,parentSchema:c.items.properties.conditions.items,data:k};e===null?e=[P]:e.push(P),t++}let q=t,A=!1,V=t;C(k,{instancePath:i+"/"+p+"/conditions/"+v,parentData:o,parentDataProperty:v,rootData:m})||(e=e===null?C.errors:e.concat(C.errors),t=e.length);var s=V===t;if(A=A||s,!A){let P=t;_(k,{instancePath:i+"/"+p+"/conditions/"+v,parentData:o,parentDataProperty:v,rootData:m})||(e=e===null?_.errors:e.concat(_.errors),t=e.length);var s=P===t;A=A||s}if(A)t=q,e!==null&&(q?e.length=q:e=null);else{let P={instancePath:i+"/"+p+"/conditions/"+v,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:c.items.properties.conditions.items.anyOf,parentSchema:c.items.properties.conditions.items,data:k};e===null?e=[P]:e.push(P),t++}}}else{let l={instancePath:i+"/"+p+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:c.items.properties.conditions.type,parentSchema:c.items.properties.conditions,data:o};e===null?e=[l]:e.push(l),t++}}if(a.params!==void 0){let o=a.params;if(!(o&&typeof o=="object"&&!Array.isArray(o))){let l={instancePath:i+"/"+p+"/params",schemaPath:"#/items/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:c.items.properties.params.type,parentSchema:c.items.properties.params,data:o};e===null?e=[l]:e.push(l),t++}}a.key!==void 0&&(j(a.key,{instancePath:i+"/"+p+"/key",parentData:a,parentDataProperty:"key",rootData:m})||(e=e===null?j.errors:e.concat(j.errors),t=e.length))}}}else{let d={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:c.type,parentSchema:c,data:n};e===null?e=[d]:e.push(d),t++}return S.errors=e,t===0}function T(n,{instancePath:i="",parentData:f,parentDataProperty:u,rootData:m=n}={}){let e=null,t=0;return S(n,{instancePath:i,parentData:f,parentDataProperty:u,rootData:m})||(e=e===null?S.errors:e.concat(S.errors),t=e.length),T.errors=e,t===0}
