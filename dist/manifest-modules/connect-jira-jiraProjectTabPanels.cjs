"use strict";var X=(s,n)=>()=>{try{return n||s((n={exports:{}}).exports,n),n.exports}catch(O){throw n=0,O}};var F=X(K=>{"use strict";Object.defineProperty(K,"__esModule",{value:!0});function Y(s){let n=s.length,O=0,b=0,u;for(;b<n;)O++,u=s.charCodeAt(b++),u>=55296&&u<=56319&&b<n&&(u=s.charCodeAt(b),(u&64512)===56320&&b++);return O}K.default=Y;Y.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=$;module.exports.default=$;var i={type:"array",items:{properties:{name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},weight:{type:"integer",fieldDescription:`

<p>Determines the order in which the tab panel's link appears in the menu or list.</p>

 <p>The "lightest" weight (i.e., lowest number) appears first, rising relative to other items,
 while the "heaviest" weights sink to the bottom of the menu or list.</p>

 <p>Built-in web items have weights that are incremented by numbers that leave room for additional
 items, such as by 10 or 100. Be mindful of the weight you choose for your item, so that it appears
 in a sensible order given existing items.</p>

`},conditions:{items:{type:"object",anyOf:[{properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{properties:{conditions:{items:{type:"object",anyOf:[{$ref:"#/definitions/singleCondition"},{$ref:"#"}]},type:"array",fieldDescription:`

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


`}]},type:"array",fieldDescription:`

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


`},{properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`}]},type:"array",fieldDescription:`

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


`},url:{type:"string",fieldDescription:`

Specifies the URL targeted by the tab panel. The URL is relative to the add-on's base URL.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","url","key"],not:{required:["unlicensedAccess"]}},minItems:1},P={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},V=F().default;function L(s,{instancePath:n="",parentData:O,parentDataProperty:b,rootData:u=s}={}){let e=null,t=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.value===void 0){let o={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:P.required,parentSchema:P,data:s};e===null?e=[o]:e.push(o),t++}if(s.value!==void 0){let o=s.value;if(typeof o=="string"){if(V(o)>1500){let m={instancePath:n+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:P.properties.value,data:o};e===null?e=[m]:e.push(m),t++}}else{let m={instancePath:n+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:P.properties.value.type,parentSchema:P.properties.value,data:o};e===null?e=[m]:e.push(m),t++}}if(s.i18n!==void 0){let o=s.i18n;if(typeof o=="string"){if(V(o)>300){let m={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:P.properties.i18n,data:o};e===null?e=[m]:e.push(m),t++}}else{let m={instancePath:n+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:P.properties.i18n.type,parentSchema:P.properties.i18n,data:o};e===null?e=[m]:e.push(m),t++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:P.type,parentSchema:P,data:s};e===null?e=[o]:e.push(o),t++}return L.errors=e,t===0}var v={properties:{condition:{maxLength:100,type:"string",fieldDescription:`

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


`};function A(s,{instancePath:n="",parentData:O,parentDataProperty:b,rootData:u=s}={}){let e=null,t=0;if(s&&typeof s=="object"&&!Array.isArray(s)){if(s.condition===void 0){let o={instancePath:n,schemaPath:"#/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:v.required,parentSchema:v,data:s};e===null?e=[o]:e.push(o),t++}if(s.condition!==void 0){let o=s.condition;if(typeof o=="string"){if(V(o)>100){let m={instancePath:n+"/condition",schemaPath:"#/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:v.properties.condition,data:o};e===null?e=[m]:e.push(m),t++}}else{let m={instancePath:n+"/condition",schemaPath:"#/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:v.properties.condition.type,parentSchema:v.properties.condition,data:o};e===null?e=[m]:e.push(m),t++}}if(s.invert!==void 0){let o=s.invert;if(typeof o!="boolean"){let m={instancePath:n+"/invert",schemaPath:"#/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:v.properties.invert.type,parentSchema:v.properties.invert,data:o};e===null?e=[m]:e.push(m),t++}}if(s.params!==void 0){let o=s.params;if(!(o&&typeof o=="object"&&!Array.isArray(o))){let m={instancePath:n+"/params",schemaPath:"#/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:v.properties.params.type,parentSchema:v.properties.params,data:o};e===null?e=[m]:e.push(m),t++}}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:v.type,parentSchema:v,data:s};e===null?e=[o]:e.push(o),t++}return A.errors=e,t===0}var I={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},ee=new RegExp("^[a-zA-Z0-9_-]+$","u");function N(s,{instancePath:n="",parentData:O,parentDataProperty:b,rootData:u=s}={}){let e=null,t=0;if(typeof s=="string"){if(!ee.test(s)){let o={instancePath:n,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:I,data:s};e===null?e=[o]:e.push(o),t++}}else{let o={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:I.type,parentSchema:I,data:s};e===null?e=[o]:e.push(o),t++}return N.errors=e,t===0}var H={validate:$};function E(s,{instancePath:n="",parentData:O,parentDataProperty:b,rootData:u=s}={}){let e=null,t=0;if(Array.isArray(s)){if(s.length<1){let r={instancePath:n,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:i,data:s};e===null?e=[r]:e.push(r),t++}let q=s.length;for(let r=0;r<q;r++){let c=s[r],B=t,G=t;if(c&&typeof c=="object"&&!Array.isArray(c)){let p;if(c.unlicensedAccess===void 0&&(p="unlicensedAccess")){let g={};e===null?e=[g]:e.push(g),t++}}var o=G===t;if(o){let p={instancePath:n+"/"+r,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:i.items.not,parentSchema:i.items,data:c};e===null?e=[p]:e.push(p),t++}else t=B,e!==null&&(B?e.length=B:e=null);if(c&&typeof c=="object"&&!Array.isArray(c)){if(c.name===void 0){let p={instancePath:n+"/"+r,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:i.items.required,parentSchema:i.items,data:c};e===null?e=[p]:e.push(p),t++}if(c.url===void 0){let p={instancePath:n+"/"+r,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:i.items.required,parentSchema:i.items,data:c};e===null?e=[p]:e.push(p),t++}if(c.key===void 0){let p={instancePath:n+"/"+r,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:i.items.required,parentSchema:i.items,data:c};e===null?e=[p]:e.push(p),t++}if(c.name!==void 0&&(L(c.name,{instancePath:n+"/"+r+"/name",parentData:c,parentDataProperty:"name",rootData:u})||(e=e===null?L.errors:e.concat(L.errors),t=e.length)),c.weight!==void 0){let p=c.weight;if(!(typeof p=="number"&&!(p%1)&&!isNaN(p))){let g={instancePath:n+"/"+r+"/weight",schemaPath:"#/items/properties/weight/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:i.items.properties.weight.type,parentSchema:i.items.properties.weight,data:p};e===null?e=[g]:e.push(g),t++}}if(c.conditions!==void 0){let p=c.conditions;if(Array.isArray(p)){let g=p.length;for(let l=0;l<g;l++){let h=p[l];if(!(h&&typeof h=="object"&&!Array.isArray(h))){let y={instancePath:n+"/"+r+"/conditions/"+l,schemaPath:"#/items/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.type,parentSchema:i.items.properties.conditions.items,data:h};e===null?e=[y]:e.push(y),t++}let M=t,D=!1,J=t;if(h&&typeof h=="object"&&!Array.isArray(h)){if(h.conditions!==void 0){let y=h.conditions;if(Array.isArray(y)){let w=y.length;for(let a=0;a<w;a++){let d=y[a];if(!(d&&typeof d=="object"&&!Array.isArray(d))){let C={instancePath:n+"/"+r+"/conditions/"+l+"/conditions/"+a,schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.type,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items,data:d};e===null?e=[C]:e.push(C),t++}let U=t,x=!1,Q=t;A(d,{instancePath:n+"/"+r+"/conditions/"+l+"/conditions/"+a,parentData:y,parentDataProperty:a,rootData:u})||(e=e===null?A.errors:e.concat(A.errors),t=e.length);var m=Q===t;if(x=x||m,!x){let C=t;if(d&&typeof d=="object"&&!Array.isArray(d)){if(d.conditions!==void 0){let f=d.conditions;if(Array.isArray(f)){let _=f.length;for(let k=0;k<_;k++){let j=f[k];if(!(j&&typeof j=="object"&&!Array.isArray(j))){let S={instancePath:n+"/"+r+"/conditions/"+l+"/conditions/"+a+"/conditions/"+k,schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/items/anyOf/1/properties/conditions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].properties.conditions.items.type,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].properties.conditions.items,data:j};e===null?e=[S]:e.push(S),t++}let Z=t,T=!1,W=t;A(j,{instancePath:n+"/"+r+"/conditions/"+l+"/conditions/"+a+"/conditions/"+k,parentData:f,parentDataProperty:k,rootData:u})||(e=e===null?A.errors:e.concat(A.errors),t=e.length);var R=W===t;if(T=T||R,!T){let S=t;H.validate(j,{instancePath:n+"/"+r+"/conditions/"+l+"/conditions/"+a+"/conditions/"+k,parentData:f,parentDataProperty:k,rootData:u})||(e=e===null?H.validate.errors:e.concat(H.validate.errors),t=e.length);var R=S===t;T=T||R}if(T)t=Z,e!==null&&(Z?e.length=Z:e=null);else{let S={instancePath:n+"/"+r+"/conditions/"+l+"/conditions/"+a+"/conditions/"+k,schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/items/anyOf/1/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].properties.conditions.items.anyOf,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].properties.conditions.items,data:j};e===null?e=[S]:e.push(S),t++}}}else{let _={instancePath:n+"/"+r+"/conditions/"+l+"/conditions/"+a+"/conditions",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/items/anyOf/1/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].properties.conditions.type,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].properties.conditions,data:f};e===null?e=[_]:e.push(_),t++}}if(d.type!==void 0){let f=d.type;if(typeof f!="string"){let _={instancePath:n+"/"+r+"/conditions/"+l+"/conditions/"+a+"/type",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/items/anyOf/1/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].properties.type.type,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].properties.type,data:f};e===null?e=[_]:e.push(_),t++}if(!(f==="and"||f==="AND"||f==="or"||f==="OR")){let _={instancePath:n+"/"+r+"/conditions/"+l+"/conditions/"+a+"/type",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/items/anyOf/1/properties/type/enum",keyword:"enum",params:{allowedValues:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].properties.type.enum},message:"must be equal to one of the allowed values",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].properties.type.enum,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].properties.type,data:f};e===null?e=[_]:e.push(_),t++}}}else{let f={instancePath:n+"/"+r+"/conditions/"+l+"/conditions/"+a,schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/items/anyOf/1/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1].type,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf[1],data:d};e===null?e=[f]:e.push(f),t++}var m=C===t;x=x||m}if(x)t=U,e!==null&&(U?e.length=U:e=null);else{let C={instancePath:n+"/"+r+"/conditions/"+l+"/conditions/"+a,schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items.anyOf,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions.items,data:d};e===null?e=[C]:e.push(C),t++}}}else{let w={instancePath:n+"/"+r+"/conditions/"+l+"/conditions",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.items.properties.conditions.items.anyOf[0].properties.conditions.type,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.conditions,data:y};e===null?e=[w]:e.push(w),t++}}if(h.type!==void 0){let y=h.type;if(typeof y!="string"){let w={instancePath:n+"/"+r+"/conditions/"+l+"/type",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.conditions.items.anyOf[0].properties.type.type,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.type,data:y};e===null?e=[w]:e.push(w),t++}if(!(y==="and"||y==="AND"||y==="or"||y==="OR")){let w={instancePath:n+"/"+r+"/conditions/"+l+"/type",schemaPath:"#/items/properties/conditions/items/anyOf/0/properties/type/enum",keyword:"enum",params:{allowedValues:i.items.properties.conditions.items.anyOf[0].properties.type.enum},message:"must be equal to one of the allowed values",schema:i.items.properties.conditions.items.anyOf[0].properties.type.enum,parentSchema:i.items.properties.conditions.items.anyOf[0].properties.type,data:y};e===null?e=[w]:e.push(w),t++}}}else{let y={instancePath:n+"/"+r+"/conditions/"+l,schemaPath:"#/items/properties/conditions/items/anyOf/0/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.anyOf[0].type,parentSchema:i.items.properties.conditions.items.anyOf[0],data:h};e===null?e=[y]:e.push(y),t++}var z=J===t;if(D=D||z,!D){let y=t;if(h&&typeof h=="object"&&!Array.isArray(h)){if(h.condition===void 0){let a={instancePath:n+"/"+r+"/conditions/"+l,schemaPath:"#/items/properties/conditions/items/anyOf/1/required",keyword:"required",params:{missingProperty:"condition"},message:"must have required property 'condition'",schema:i.items.properties.conditions.items.anyOf[1].required,parentSchema:i.items.properties.conditions.items.anyOf[1],data:h};e===null?e=[a]:e.push(a),t++}if(h.condition!==void 0){let a=h.condition;if(typeof a=="string"){if(V(a)>100){let d={instancePath:n+"/"+r+"/conditions/"+l+"/condition",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/condition/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:i.items.properties.conditions.items.anyOf[1].properties.condition,data:a};e===null?e=[d]:e.push(d),t++}}else{let d={instancePath:n+"/"+r+"/conditions/"+l+"/condition",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/condition/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.conditions.items.anyOf[1].properties.condition.type,parentSchema:i.items.properties.conditions.items.anyOf[1].properties.condition,data:a};e===null?e=[d]:e.push(d),t++}}if(h.invert!==void 0){let a=h.invert;if(typeof a!="boolean"){let d={instancePath:n+"/"+r+"/conditions/"+l+"/invert",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/invert/type",keyword:"type",params:{type:"boolean"},message:"must be boolean",schema:i.items.properties.conditions.items.anyOf[1].properties.invert.type,parentSchema:i.items.properties.conditions.items.anyOf[1].properties.invert,data:a};e===null?e=[d]:e.push(d),t++}}if(h.params!==void 0){let a=h.params;if(!(a&&typeof a=="object"&&!Array.isArray(a))){let d={instancePath:n+"/"+r+"/conditions/"+l+"/params",schemaPath:"#/items/properties/conditions/items/anyOf/1/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.anyOf[1].properties.params.type,parentSchema:i.items.properties.conditions.items.anyOf[1].properties.params,data:a};e===null?e=[d]:e.push(d),t++}}}else{let a={instancePath:n+"/"+r+"/conditions/"+l,schemaPath:"#/items/properties/conditions/items/anyOf/1/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.conditions.items.anyOf[1].type,parentSchema:i.items.properties.conditions.items.anyOf[1],data:h};e===null?e=[a]:e.push(a),t++}var z=y===t;D=D||z}if(D)t=M,e!==null&&(M?e.length=M:e=null);else{let y={instancePath:n+"/"+r+"/conditions/"+l,schemaPath:"#/items/properties/conditions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:i.items.properties.conditions.items.anyOf,parentSchema:i.items.properties.conditions.items,data:h};e===null?e=[y]:e.push(y),t++}}}else{let g={instancePath:n+"/"+r+"/conditions",schemaPath:"#/items/properties/conditions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.items.properties.conditions.type,parentSchema:i.items.properties.conditions,data:p};e===null?e=[g]:e.push(g),t++}}if(c.params!==void 0){let p=c.params;if(!(p&&typeof p=="object"&&!Array.isArray(p))){let g={instancePath:n+"/"+r+"/params",schemaPath:"#/items/properties/params/type",keyword:"type",params:{type:"object"},message:"must be object",schema:i.items.properties.params.type,parentSchema:i.items.properties.params,data:p};e===null?e=[g]:e.push(g),t++}}if(c.url!==void 0){let p=c.url;if(typeof p!="string"){let g={instancePath:n+"/"+r+"/url",schemaPath:"#/items/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:i.items.properties.url.type,parentSchema:i.items.properties.url,data:p};e===null?e=[g]:e.push(g),t++}}c.key!==void 0&&(N(c.key,{instancePath:n+"/"+r+"/key",parentData:c,parentDataProperty:"key",rootData:u})||(e=e===null?N.errors:e.concat(N.errors),t=e.length))}}}else{let q={instancePath:n,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:i.type,parentSchema:i,data:s};e===null?e=[q]:e.push(q),t++}return E.errors=e,t===0}function $(s,{instancePath:n="",parentData:O,parentDataProperty:b,rootData:u=s}={}){let e=null,t=0;return E(s,{instancePath:n,parentData:O,parentDataProperty:b,rootData:u})||(e=e===null?E.errors:e.concat(E.errors),t=e.length),$.errors=e,t===0}
