"use strict";var U=(n,i)=>()=>{try{return i||n((i={exports:{}}).exports,i),i.exports}catch(w){throw i=0,w}};var D=U(q=>{"use strict";Object.defineProperty(q,"__esModule",{value:!0});function E(n){let i=n.length,w=0,x=0,h;for(;x<i;)w++,h=n.charCodeAt(x++),h>=55296&&h<=56319&&x<i&&(h=n.charCodeAt(x),(h&64512)===56320&&x++);return w}q.default=E;E.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=A;module.exports.default=A;var o={type:"array",items:{properties:{name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},keyConfigurations:{items:{properties:{propertyKey:{maxLength:100,type:"string",fieldDescription:`

The key of the property from which the data is indexed. Only alphanumeric characters are allowed,
 and it must be globally unique. Prefixing it with the name of your add-on is the best way to ensure this.

`},extractions:{items:{properties:{uiSupport:{$ref:"#/definitions/uiSupport",fieldDescription:`

<code>uiSupport</code> can be used to define how your aliased field will be displayed in the CQL query builder.
 By defining <code>uiSupport</code>, your content property will appear in the CQL query builder for all macros and search
 features built on CQL. For example, your property will become usable in the
 <a href="https://confluence.atlassian.com/doc/content-by-label-macro-145566.html">Content By Label macro</a>, and
 filterable by users on the Confluence search screen.

 Note: You need to define an <code>alias</code> to use <code>uiSupport</code>.

`},objectName:{maxLength:1e3,type:"string",fieldDescription:`

The <code>objectName</code> of the JSON data which should be indexed. The objectName is the key of a flattened JSON object with '.' as the path separator.

 For instance, for JSON <code>"{"label": {"color": "red", "text":"connect"}}</code> the valid objectName
 referencing the color is label.color.

 Currently, specifying indexes for JSON arrays is not supported.

`},alias:{type:"string",fieldDescription:`

A CQL field name alias for this content property.

 By defining an alias you are exposing it to CQL and allow other macros and search features to easily use
 your content property in their search.

 <strong>Important:</strong> Aliases must be globally unique. Prefixing it with the name of your add-on is the best way to ensure this.

`},type:{enum:["number","NUMBER","string","STRING","text","TEXT","date","DATE"],type:"string",fieldDescription:`

The type of the referenced value.

 The type can be one of the following values:

 * <code>number</code> - The extracted number will be indexed as a double value for efficient range filtering and sorting.
 * <code>text</code> - The extracted value will be tokenized before indexing, allowing searching for particular words.
 * <code>string</code> - The entire extracted value will be indexed as a single token, without any filtering. When the extraction
 expression evaluates to a JSON array, each element will be indexed separately. This Enables searching for an exact value, e.g. a unique identifier.
 * <code>date</code> - Two representations are possible: either a string following the ISO 8601 datetime format,
 or a long value in Unix time. This enables efficient range filtering and sorting.

`}},required:["objectName","type"],shortClassName:"contentPropertyIndexExtractionConfigurationBean",type:"object",title:"Content Property Index Extraction Configuration",description:`

An extraction recipe for a single value within a content property JSON object.

 An extraction recipe defines which values within your JSON content property will be added to the search
 index and made available to CQL queries as a field.  This can allow you to track custom information
 and make it look like a simple field on the content object.

 You can further extend the field definition by including
 <a href="../user-interface-support/">UI support</a>.

 See the <a href="../content-property-index-key-configuration/">content property key</a> documentation for
 a complete example.

 <p><b>Example</b></p>





    {
      "objectName": "attachment.type",
      "type": "string",
      "alias": "contentType",
      "uiSupport": {
        "defaultOperator": "~",
        "name": {
          "value": "Content Type",
          "i18n": "attachment.type.name"
        },
        "tooltip": {
          "value": "Content Type Tooltip",
          "i18n": "attachment.type.tooltip"
        },
        "dataUri": "/data/content-types",
        "valueType": "string"
      }
    }


`},type:"array",fieldDescription:`

The list with references to values of JSON objects which will be indexed and the types of referenced values.

`}},required:["propertyKey","extractions"],shortClassName:"contentPropertyIndexKeyConfigurationBean",type:"object",title:"Content Property Index Key Configuration",description:`

A Content Property Index Key Configuration defines which values from your JSON content property
 object should be indexed by Confluence and made available to the CQL search syntax.

 Each content property key will define one or more
 <a href="../content-property-index-extraction-configuration/">extractions</a> which will
 allow for multiple values from your JSON content property to be used in CQL. Each extraction defines a single field
 that will be queryable using the relevant CQL syntax as seen below.

 In the <a href="https://bitbucket.org/mjensen/wordcount">wordcount</a> example, we store details of the page
 that describe the word and character counts.

 After storing this JSON object as a content property:

 <pre><code>
 {
     "wordCount": 5
     "characterCount": 22
 }
 </code></pre>

 We then define a series of extractions to allow access to the 'wordCount' and 'characterCount'
 properties.

 <pre><code>
 {
   "propertyKey": "wordcount_addon",
   "extractions": [
     { "objectName": "wordCount", "type": "number" },
     { "objectName": "characterCount", "type": "number" }
   ]
 }
 </code></pre>

 You can access this property in your CQL queries as:

 <pre><code>
 space = currentSpace() and content.property[wordcount_addon].wordCount &lt;= 1000
 </code></pre>

 This is constructed using the following:

 <pre><code>
 content.property[<strong>propertyKey</strong>].<strong>objectName</strong>
 </code></pre>

 You can simplify the CQL syntax even further by defining an alias for the extraction:

 <pre><code>
 {
   "propertyKey": "wordcount_addon",
   "extractions": [
     { "objectName": "wordCount", "type": "number", alias: "wordcount" }
   ]
 }
 </code></pre>

 This allows you to refer to your data using the alias:

 <pre><code>
 space = currentSpace() and wordcount &lt;= 1000
 </code></pre>

 <strong>Important:</strong> the <code>alias</code> must also be globally unique. Prefixing it with the name of your
 add-on is the best way to ensure this.

 <p><b>Example</b></p>





    {
      "propertyKey": "attachment",
      "extractions": [
        {
          "objectName": "attachment.size",
          "type": "number"
        },
        {
          "objectName": "attachment.type",
          "type": "string",
          "alias": "contentType",
          "uiSupport": {
            "defaultOperator": "~",
            "name": {
              "value": "Content Type",
              "i18n": "attachment.type.name"
            },
            "tooltip": {
              "value": "Content Type Tooltip",
              "i18n": "attachment.type.tooltip"
            },
            "dataUri": "/data/content-types",
            "valueType": "string"
          }
        },
        {
          "objectName": "attachment.updated",
          "type": "date"
        }
      ]
    }


`},type:"array",fieldDescription:`

A Content Property Index Key Configuration defines which values from your JSON content property
 object should be indexed and made available to the CQL search syntax.

`},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["name","key"],not:{required:["unlicensedAccess"]}},minItems:1},v={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},S=D().default;function k(n,{instancePath:i="",parentData:w,parentDataProperty:x,rootData:h=n}={}){let e=null,r=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.value===void 0){let t={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:v.required,parentSchema:v,data:n};e===null?e=[t]:e.push(t),r++}if(n.value!==void 0){let t=n.value;if(typeof t=="string"){if(S(t)>1500){let a={instancePath:i+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:v.properties.value,data:t};e===null?e=[a]:e.push(a),r++}}else{let a={instancePath:i+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:v.properties.value.type,parentSchema:v.properties.value,data:t};e===null?e=[a]:e.push(a),r++}}if(n.i18n!==void 0){let t=n.i18n;if(typeof t=="string"){if(S(t)>300){let a={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:v.properties.i18n,data:t};e===null?e=[a]:e.push(a),r++}}else{let a={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:v.properties.i18n.type,parentSchema:v.properties.i18n,data:t};e===null?e=[a]:e.push(a),r++}}}else{let t={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:v.type,parentSchema:v,data:n};e===null?e=[t]:e.push(t),r++}return k.errors=e,r===0}var m={properties:{defaultOperator:{maxLength:100,type:"string",fieldDescription:`

The CQL builder will use this operator when constructing the CQL string.

`},dataUri:{type:"string",fieldDescription:`

If provided, the CQL builder will provide a drop down and use this url to find the list of value values.  This
 URL should return a json array of objects describing the valid options.

 <pre><code>
 [
   {"id": "value1", "text": "First Option"},
   {"id": "value2", "text": "Second Option"}
 ]
 </code></pre>

 <strong>NOTE:</strong> since the call to this URL will be made from the user's browser, you need to enable
 <a href="http://www.w3.org/TR/cors/">CORS</a> headers for responses to this resource.

 Setting a <code>Access-Control-Allow-Origin</code> header to the URL of the Atlassian Cloud instance where
 this add-on is installed is usually enough to satisfy the CORS requirements.  This can be done by tracking
 the client key and its url in your <code>/installed</code> callback, then looking up the url when the request
 is made.

`},valueType:{enum:["space","SPACE","label","LABEL","user","USER","contentid","CONTENTID","contenttype","CONTENTTYPE","date","DATE","string","STRING","number","NUMBER"],type:"string",fieldDescription:`

As well as providing a text field and allowing any entry, the UI support system provides a number of
 build in components that can enrich the user experience.  These provide extra user interface components
 to allow setting or picking their value in an intuitive way.

 The type can be one of the following values:

 <ul>
 <li><code>space</code> - provides a space picker and stores the result space key as the result.</li>
 <li><code>label</code> - provides a label picker and stores the list of labels as the result.</li>
 <li><code>user</code> - provides a user picker and stores the username as the result.</li>
 <li><code>contentId</code> - provides a content picker and stores the content id as the result.</li>
 <li><code>contentType</code> - provides a content type picker.</li>
 <li><code>date</code> - provides a date picker</li>
 <li><code>string</code> - provides a free form text field</li>
 <li><code>number</code> - provides a free form text field</li>
 </ul>

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The name of this field as used by the CQL builder UI components.

`},tooltip:{$ref:"#/definitions/i18nProperty",fieldDescription:`

The tooltip of this field as used by the CQL builder UI components.

`}},required:["valueType","name"],shortClassName:"uISupportBean",type:"object",title:"User Interface Support",description:`

The UI Support element allows you to define how your content property field will be presented in
 the CQL Builder.

 When you define UI support for a field, then the CQL builder will include it in all CQL features
 in Confluence, including other CQL based macros.

 See the <a href="../content-property-index-key-configuration/">content property key</a>
 documentation for a complete content property example.

 <p><b>Example</b></p>





    {
      "defaultOperator": "~",
      "name": {
        "value": "Content Type",
        "i18n": "attachment.type.name"
      },
      "tooltip": {
        "value": "Content Type Tooltip",
        "i18n": "attachment.type.tooltip"
      },
      "dataUri": "/data/content-types",
      "valueType": "string"
    }


`};function N(n,{instancePath:i="",parentData:w,parentDataProperty:x,rootData:h=n}={}){let e=null,r=0;if(n&&typeof n=="object"&&!Array.isArray(n)){if(n.valueType===void 0){let t={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"valueType"},message:"must have required property 'valueType'",schema:m.required,parentSchema:m,data:n};e===null?e=[t]:e.push(t),r++}if(n.name===void 0){let t={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:m.required,parentSchema:m,data:n};e===null?e=[t]:e.push(t),r++}if(n.defaultOperator!==void 0){let t=n.defaultOperator;if(typeof t=="string"){if(S(t)>100){let a={instancePath:i+"/defaultOperator",schemaPath:"#/properties/defaultOperator/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:m.properties.defaultOperator,data:t};e===null?e=[a]:e.push(a),r++}}else{let a={instancePath:i+"/defaultOperator",schemaPath:"#/properties/defaultOperator/type",keyword:"type",params:{type:"string"},message:"must be string",schema:m.properties.defaultOperator.type,parentSchema:m.properties.defaultOperator,data:t};e===null?e=[a]:e.push(a),r++}}if(n.dataUri!==void 0){let t=n.dataUri;if(typeof t!="string"){let a={instancePath:i+"/dataUri",schemaPath:"#/properties/dataUri/type",keyword:"type",params:{type:"string"},message:"must be string",schema:m.properties.dataUri.type,parentSchema:m.properties.dataUri,data:t};e===null?e=[a]:e.push(a),r++}}if(n.valueType!==void 0){let t=n.valueType;if(typeof t!="string"){let a={instancePath:i+"/valueType",schemaPath:"#/properties/valueType/type",keyword:"type",params:{type:"string"},message:"must be string",schema:m.properties.valueType.type,parentSchema:m.properties.valueType,data:t};e===null?e=[a]:e.push(a),r++}if(!(t==="space"||t==="SPACE"||t==="label"||t==="LABEL"||t==="user"||t==="USER"||t==="contentid"||t==="CONTENTID"||t==="contenttype"||t==="CONTENTTYPE"||t==="date"||t==="DATE"||t==="string"||t==="STRING"||t==="number"||t==="NUMBER")){let a={instancePath:i+"/valueType",schemaPath:"#/properties/valueType/enum",keyword:"enum",params:{allowedValues:m.properties.valueType.enum},message:"must be equal to one of the allowed values",schema:m.properties.valueType.enum,parentSchema:m.properties.valueType,data:t};e===null?e=[a]:e.push(a),r++}}n.name!==void 0&&(k(n.name,{instancePath:i+"/name",parentData:n,parentDataProperty:"name",rootData:h})||(e=e===null?k.errors:e.concat(k.errors),r=e.length)),n.tooltip!==void 0&&(k(n.tooltip,{instancePath:i+"/tooltip",parentData:n,parentDataProperty:"tooltip",rootData:h})||(e=e===null?k.errors:e.concat(k.errors),r=e.length))}else{let t={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:m.type,parentSchema:m,data:n};e===null?e=[t]:e.push(t),r++}return N.errors=e,r===0}var O={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},Q=new RegExp("^[a-zA-Z0-9_-]+$","u");function P(n,{instancePath:i="",parentData:w,parentDataProperty:x,rootData:h=n}={}){let e=null,r=0;if(typeof n=="string"){if(!Q.test(n)){let t={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:O,data:n};e===null?e=[t]:e.push(t),r++}}else{let t={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:O.type,parentSchema:O,data:n};e===null?e=[t]:e.push(t),r++}return P.errors=e,r===0}function j(n,{instancePath:i="",parentData:w,parentDataProperty:x,rootData:h=n}={}){let e=null,r=0;if(Array.isArray(n)){if(n.length<1){let p={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:o,data:n};e===null?e=[p]:e.push(p),r++}let a=n.length;for(let p=0;p<a;p++){let l=n[p],L=r,I=r;if(l&&typeof l=="object"&&!Array.isArray(l)){let y;if(l.unlicensedAccess===void 0&&(y="unlicensedAccess")){let T={};e===null?e=[T]:e.push(T),r++}}var t=I===r;if(t){let y={instancePath:i+"/"+p,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:o.items.not,parentSchema:o.items,data:l};e===null?e=[y]:e.push(y),r++}else r=L,e!==null&&(L?e.length=L:e=null);if(l&&typeof l=="object"&&!Array.isArray(l)){if(l.name===void 0){let y={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:o.items.required,parentSchema:o.items,data:l};e===null?e=[y]:e.push(y),r++}if(l.key===void 0){let y={instancePath:i+"/"+p,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:o.items.required,parentSchema:o.items,data:l};e===null?e=[y]:e.push(y),r++}if(l.name!==void 0&&(k(l.name,{instancePath:i+"/"+p+"/name",parentData:l,parentDataProperty:"name",rootData:h})||(e=e===null?k.errors:e.concat(k.errors),r=e.length)),l.keyConfigurations!==void 0){let y=l.keyConfigurations;if(Array.isArray(y)){let T=y.length;for(let c=0;c<T;c++){let g=y[c];if(g&&typeof g=="object"&&!Array.isArray(g)){if(g.propertyKey===void 0){let u={instancePath:i+"/"+p+"/keyConfigurations/"+c,schemaPath:"#/items/properties/keyConfigurations/items/required",keyword:"required",params:{missingProperty:"propertyKey"},message:"must have required property 'propertyKey'",schema:o.items.properties.keyConfigurations.items.required,parentSchema:o.items.properties.keyConfigurations.items,data:g};e===null?e=[u]:e.push(u),r++}if(g.extractions===void 0){let u={instancePath:i+"/"+p+"/keyConfigurations/"+c,schemaPath:"#/items/properties/keyConfigurations/items/required",keyword:"required",params:{missingProperty:"extractions"},message:"must have required property 'extractions'",schema:o.items.properties.keyConfigurations.items.required,parentSchema:o.items.properties.keyConfigurations.items,data:g};e===null?e=[u]:e.push(u),r++}if(g.propertyKey!==void 0){let u=g.propertyKey;if(typeof u=="string"){if(S(u)>100){let C={instancePath:i+"/"+p+"/keyConfigurations/"+c+"/propertyKey",schemaPath:"#/items/properties/keyConfigurations/items/properties/propertyKey/maxLength",keyword:"maxLength",params:{limit:100},message:"must NOT have more than 100 characters",schema:100,parentSchema:o.items.properties.keyConfigurations.items.properties.propertyKey,data:u};e===null?e=[C]:e.push(C),r++}}else{let C={instancePath:i+"/"+p+"/keyConfigurations/"+c+"/propertyKey",schemaPath:"#/items/properties/keyConfigurations/items/properties/propertyKey/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.keyConfigurations.items.properties.propertyKey.type,parentSchema:o.items.properties.keyConfigurations.items.properties.propertyKey,data:u};e===null?e=[C]:e.push(C),r++}}if(g.extractions!==void 0){let u=g.extractions;if(Array.isArray(u)){let C=u.length;for(let b=0;b<C;b++){let d=u[b];if(d&&typeof d=="object"&&!Array.isArray(d)){if(d.objectName===void 0){let s={instancePath:i+"/"+p+"/keyConfigurations/"+c+"/extractions/"+b,schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/required",keyword:"required",params:{missingProperty:"objectName"},message:"must have required property 'objectName'",schema:o.items.properties.keyConfigurations.items.properties.extractions.items.required,parentSchema:o.items.properties.keyConfigurations.items.properties.extractions.items,data:d};e===null?e=[s]:e.push(s),r++}if(d.type===void 0){let s={instancePath:i+"/"+p+"/keyConfigurations/"+c+"/extractions/"+b,schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/required",keyword:"required",params:{missingProperty:"type"},message:"must have required property 'type'",schema:o.items.properties.keyConfigurations.items.properties.extractions.items.required,parentSchema:o.items.properties.keyConfigurations.items.properties.extractions.items,data:d};e===null?e=[s]:e.push(s),r++}if(d.uiSupport!==void 0&&(N(d.uiSupport,{instancePath:i+"/"+p+"/keyConfigurations/"+c+"/extractions/"+b+"/uiSupport",parentData:d,parentDataProperty:"uiSupport",rootData:h})||(e=e===null?N.errors:e.concat(N.errors),r=e.length)),d.objectName!==void 0){let s=d.objectName;if(typeof s=="string"){if(S(s)>1e3){let f={instancePath:i+"/"+p+"/keyConfigurations/"+c+"/extractions/"+b+"/objectName",schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/properties/objectName/maxLength",keyword:"maxLength",params:{limit:1e3},message:"must NOT have more than 1000 characters",schema:1e3,parentSchema:o.items.properties.keyConfigurations.items.properties.extractions.items.properties.objectName,data:s};e===null?e=[f]:e.push(f),r++}}else{let f={instancePath:i+"/"+p+"/keyConfigurations/"+c+"/extractions/"+b+"/objectName",schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/properties/objectName/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.keyConfigurations.items.properties.extractions.items.properties.objectName.type,parentSchema:o.items.properties.keyConfigurations.items.properties.extractions.items.properties.objectName,data:s};e===null?e=[f]:e.push(f),r++}}if(d.alias!==void 0){let s=d.alias;if(typeof s!="string"){let f={instancePath:i+"/"+p+"/keyConfigurations/"+c+"/extractions/"+b+"/alias",schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/properties/alias/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.keyConfigurations.items.properties.extractions.items.properties.alias.type,parentSchema:o.items.properties.keyConfigurations.items.properties.extractions.items.properties.alias,data:s};e===null?e=[f]:e.push(f),r++}}if(d.type!==void 0){let s=d.type;if(typeof s!="string"){let f={instancePath:i+"/"+p+"/keyConfigurations/"+c+"/extractions/"+b+"/type",schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/properties/type/type",keyword:"type",params:{type:"string"},message:"must be string",schema:o.items.properties.keyConfigurations.items.properties.extractions.items.properties.type.type,parentSchema:o.items.properties.keyConfigurations.items.properties.extractions.items.properties.type,data:s};e===null?e=[f]:e.push(f),r++}if(!(s==="number"||s==="NUMBER"||s==="string"||s==="STRING"||s==="text"||s==="TEXT"||s==="date"||s==="DATE")){let f={instancePath:i+"/"+p+"/keyConfigurations/"+c+"/extractions/"+b+"/type",schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/properties/type/enum",keyword:"enum",params:{allowedValues:o.items.properties.keyConfigurations.items.properties.extractions.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:o.items.properties.keyConfigurations.items.properties.extractions.items.properties.type.enum,parentSchema:o.items.properties.keyConfigurations.items.properties.extractions.items.properties.type,data:s};e===null?e=[f]:e.push(f),r++}}}else{let s={instancePath:i+"/"+p+"/keyConfigurations/"+c+"/extractions/"+b,schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.keyConfigurations.items.properties.extractions.items.type,parentSchema:o.items.properties.keyConfigurations.items.properties.extractions.items,data:d};e===null?e=[s]:e.push(s),r++}}}else{let C={instancePath:i+"/"+p+"/keyConfigurations/"+c+"/extractions",schemaPath:"#/items/properties/keyConfigurations/items/properties/extractions/type",keyword:"type",params:{type:"array"},message:"must be array",schema:o.items.properties.keyConfigurations.items.properties.extractions.type,parentSchema:o.items.properties.keyConfigurations.items.properties.extractions,data:u};e===null?e=[C]:e.push(C),r++}}}else{let u={instancePath:i+"/"+p+"/keyConfigurations/"+c,schemaPath:"#/items/properties/keyConfigurations/items/type",keyword:"type",params:{type:"object"},message:"must be object",schema:o.items.properties.keyConfigurations.items.type,parentSchema:o.items.properties.keyConfigurations.items,data:g};e===null?e=[u]:e.push(u),r++}}}else{let T={instancePath:i+"/"+p+"/keyConfigurations",schemaPath:"#/items/properties/keyConfigurations/type",keyword:"type",params:{type:"array"},message:"must be array",schema:o.items.properties.keyConfigurations.type,parentSchema:o.items.properties.keyConfigurations,data:y};e===null?e=[T]:e.push(T),r++}}l.key!==void 0&&(P(l.key,{instancePath:i+"/"+p+"/key",parentData:l,parentDataProperty:"key",rootData:h})||(e=e===null?P.errors:e.concat(P.errors),r=e.length))}}}else{let a={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:o.type,parentSchema:o,data:n};e===null?e=[a]:e.push(a),r++}return j.errors=e,r===0}function A(n,{instancePath:i="",parentData:w,parentDataProperty:x,rootData:h=n}={}){let e=null,r=0;return j(n,{instancePath:i,parentData:w,parentDataProperty:x,rootData:h})||(e=e===null?j.errors:e.concat(j.errors),r=e.length),A.errors=e,r===0}
