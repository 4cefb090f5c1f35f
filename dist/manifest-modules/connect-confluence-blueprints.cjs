"use strict";var I=(t,i)=>()=>{try{return i||t((i={exports:{}}).exports,i),i.exports}catch(m){throw i=0,m}};var D=I(T=>{"use strict";Object.defineProperty(T,"__esModule",{value:!0});function P(t){let i=t.length,m=0,d=0,c;for(;d<i;)m++,c=t.charCodeAt(d++),c>=55296&&c<=56319&&d<i&&(c=t.charCodeAt(d),(c&64512)===56320&&d++);return m}T.default=P;P.code='require("ajv/dist/runtime/ucs2length").default'});module.exports=q;module.exports.default=q;var s={type:"array",items:{properties:{template:{properties:{blueprintContext:{properties:{url:{type:"string",fieldDescription:`

A URL to which a POST request will be made during the rendering of the blueprint (see <a href="#POSTBODYEXAMPLE">'Example of the request POST body' below</a> for an example
 of what will be POSTed to this resource). The response is then used for blueprint variable substitution, to enable
 blueprints to create pages that have dynamic content.
 <br>
 <h3>Expected response format</h3>
 The expected response from the context URL is a JSON array of objects with certain fields:





    [
      {
        "identifier": "ContentPageTitle",
        "value": "Unique Page Title 1",
        "representation": "plain"
      },
      {
        "identifier": "custom-key1",
        "value": "custom value 1",
        "representation": "plain"
      },
      {
        "identifier": "custom-key2",
        "value": "<ac:structured-macro ac:name=\\"cheese\\" ac:schema-version=\\"1\\"/> ",
        "representation": "storage"
      }
    ]




 <h3 id="IDENTIFIERFIELD">The <code>identifier</code> field</h3>
 The <code>identifier</code> field refers to the <code>name</code> attribute of the <code>var</code> element in a blueprint
 template. If the <code>identifier</code> is matched with a template variable, the <code>value</code> is used in the substitution.
 If a template contains a variable, but there is no matching <code>identifier</code> in the context, an error is generated.
 An identifier with no matching template variable is regarded as a no-op.

 The <code>identifier</code> field for each context object must be unique. It is an error to have more than one context object with
 the same identifier, and it is undefined which will get picked during substitution.


 Some <code>identifier</code> names are reserved for use with special meaning during substitution. They
 must have a <code>representation</code> field with the value <code>plain</code>. The list below describes the meaning
 of each existing reserved identifier.

 <ul>
     <li>
         <code>ContentPageTitle</code>: allows the blueprint template to set the page title. It must not contain any
          characters that cannot be used as a Confluence page title. If this reserved <code>identifier</code> is not
          found in the context, the page created from the blueprint will not have a title set and
          will require the user to set it before it can be saved. The blueprint module must also specify
          'edit' as the value of the <code>createResult</code> field in this case. Note: the capital 'C'
          in the name is not a mistake or typo.
     </li>
     <li>
         <code>labelsString</code>: A space separated list of labels. The labels will be added to the page being created
         by this blueprint. See <a href="https://confluence.atlassian.com/display/doc/Add%2C+Remove+and+Search+for+Labels">
             the Confluence docs about labels</a> for more information.
     </li>
 </ul>
 Using reserved identifiers as part of your template is possible, but these identifiers may change in the future, so
 best practice is to only use non-reserved identifiers in your template. See <a href="#BACKWARDSCOMPATIBILITY">Backwards compatibility</a>
 for more information on <code>identifier</code>s.

 <h3>The <code>representation</code> field</h3>

 The <code>representation</code> field must be one of the following values. If unset, it will default to <code>plain</code>.
 <ul>
     <li><code>plain</code></li>
     <li><code>wiki</code></li>
     <li><code>storage</code></li>
 </ul>

 <h3>The <code>value</code> field</h3>

 The <code>value</code> field must be in the same format as the <code>representation</code> field.
 If the format is incorrect (such as mismatched tags in <code>storage</code> format), an error message will be displayed
 in the resulting page. Here's an explanation of what each format means:

 <ul>
     <li>
         <code>plain</code>: Plain text, which is HTML escaped during variable substitution. Use this for simple textual substitution.
     </li>
     <li>
         <code>wiki</code>: Valid <a href="https://confluence.atlassian.com/display/DOC/Confluence+Wiki+Markup">
         Confluence Wiki Markup</a>. The wiki markup will be rendered into html during substitution into the page.
         The resulting page will not contain any wiki markup. Use this format when simple styling
         is required (such as emphasis, underlines or and tables etc).
     </li>
     <li>
         <code>storage</code>: Valid <a href="http://confluence.atlassian.com/display/DOC/Confluence+Storage+Format">
             Confluence Storage Format</a>. This value is substituted into the page directly, before the page is rendered. Use this format
             to insert Confluence macros dynamically as part of your blueprint. See <a href="https://confluence.atlassian.com/display/DOC/Macros">Macros</a>
             for a list of available Confluence macros, including storage format examples.
     </li>
 </ul>


 <h3 id="POSTBODYEXAMPLE">Example of the request POST body</h3>
 The context url may need some information to produce a more individually suitable response. Confluence
 will send some information related to the blueprint in the body of the request during the creation process.
 Here's an example of what will be sent in the body of the POST request:





    {
      "addonKey": "addon-key",
      "blueprintKey": "blueprint-key",
      "spaceKey": "SPACEKEY",
      "userKey": "edd16ba6-0d41-4313-8bb9-84dc82cf6e7c",
      "userLocale": "fr_FR"
    }



 <ul>
     <li><code>addonKey</code>: the key of the add-on that the blueprint is part of.</li>
     <li><code>blueprintKey</code>: the key of the blueprint that triggered this context request.</li>
     <li><code>spaceKey</code>: the space to create the page in (this is selected by the user in the Create dialog).</li>
     <li><code>userKey</code>: the user key of the user creating the page from blueprint.</li>
     <li><code>userLocale</code>: the locale of the user creating the page from blueprint.</li>
 </ul>
 Note that userKey and userLocale will not be available in the POST request after GDPR deprecation period.

`}},required:["url"],shortClassName:"blueprintTemplateContextBean",type:"object",title:"Blueprint Template Context",description:`

Defines the context of the blueprint template.





    {
      "template": {
        "url": "/blueprints/blueprint.xml",
        "blueprintContext": {
          "url": "/blueprints/context"
        }
      }
    }




 A blueprint template is static - the same template will produce the same Confluence page. To produce Confluence
 pages dynamically (to create a different page for a different user), the template needs to
 use variable substitution to produce the dynamic parts. Variable substitution requires the add-on to provide data
 for substitution. Collectively, this data is called the context for substitution.

 The context is made up of a list of objects which are retrieved from the context url specified by the blueprint
 context <code>url</code> field in this module descriptor. See <a href="#IDENTIFIERFIELD">Properties</a> for the definition of each field in the context.

 <h3>Substituting dynamic variables in a blueprint</h3>

 Let's say we have a blueprint template module <code>/blueprints/blueprint.xml</code>:
 <pre><code>&lt;h2 id=&quot;static1&quot;&gt;Hello Blueprint&lt;/h2&gt;
&lt;h2 id=&quot;custom1&quot;&gt;&lt;at:var at:name=&quot;ContentPageTitle&quot;/&gt;&lt;/h2&gt;
&lt;h2 id=&quot;custom2&quot;&gt;&lt;at:var at:name=&quot;custom-key1&quot;/&gt;&lt;/h2&gt;
&lt;h2 id=&quot;custom3&quot;&gt;&lt;at:var at:rawxhtml=&quot;true&quot; at:name=&quot;custom-key2&quot;/&gt;&lt;/h2&gt;
</code></pre>

 And an add-on server resource <code>/blueprints/context</code> which returns this JSON response as the context:





    [
      {
        "identifier": "ContentPageTitle",
        "value": "Unique Page Title 1",
        "representation": "plain"
      },
      {
        "identifier": "custom-key1",
        "value": "custom value 1",
        "representation": "plain"
      },
      {
        "identifier": "custom-key2",
        "value": "<ac:structured-macro ac:name=\\"cheese\\" ac:schema-version=\\"1\\"/> ",
        "representation": "storage"
      }
    ]




 During blueprint page creation, Confluence sends a POST request to <code>/blueprints/context</code> to retrieve
 the context. The context retrieved is parsed as a JSON array of objects and used in the substitute of
 the variables in the blueprint template above (<code>custom-key1</code>, <code>custom-key2</code> are the variables).

 The final, variable substituted, storage format will look like this:
 <pre><code>&lt;h2&gt;Hello Blueprint&lt;/h2&gt;
&lt;h2&gt;Unique Page Title 1&lt;/h2&gt;
&lt;h2&gt;custom value 1&lt;/h2&gt;
&lt;h2&gt;&lt;ac:structured-macro ac:name=&quot;cheese&quot; ac:schema-version=&quot;1&quot; /&gt;&lt;/h2&gt;
</code></pre>

 This is then used as the Confluence page to be saved to the database and displayed to the user according to the
 <code>createResult</code> field of the blueprint module (see <a href="../blueprint-template/">Blueprint Template Module</a>).

 An error message appears in the Content Create Dialog if Confluence has any problems accessing the blueprint
 template or context URL (for example if your add-on server failed to respond in 10 seconds or the JSON
 returned is invalid). A detailed error and/or stacktrace may be accessible by Atlassian support, but the end user will see an
 error like the one shown here:
 <img src="/cloud/connect/images/confluence-blueprint-context-error.png" alt="Blueprint context error" width="80%" style="border:1px solid #999;margin-top:10px;">

 <h3 id="BACKWARDSCOMPATIBILITY">Backwards compatibility of the <code>identifier</code> field</h3>
 A blueprint template containing variables may change as the add-on evolves over time. However, because end users
 can customize blueprint templates, it's possible for the customized version of the template to differ from
 the version in the add-on. This difference won't cause an error as long as the variables used in the template are
 still being returned as part of the context url.

 Add-ons wanting to retain backwards compatibility for their blueprint templates should ensure that any variables
 used in a template are always returned in the context url, even if a new version of the blueprint template no
 longer uses it (for example if users are relying on an old or customized version of the template). This ensures that the template
 continues to function when the add-on updates the template.

`,fieldDescription:`

Defines the add-on server endpoint that provides the JSON objects used for substituting variables in the blueprint template.


 For more information on defining variables in blueprint templates, check out the examples in
 <a href="../blueprint-template-context/">Blueprint Template Context</a>.

`},url:{type:"string",fieldDescription:`

The URL of the add-on resource that provides the blueprint template content. This URL has to be relative
 to the add-on base URL.

`}},required:["url"],shortClassName:"blueprintTemplateBean",type:"object",title:"Blueprint Template",description:`

Defines where the blueprint template is located and the context for variable substitution.





    {
      "template": {
        "url": "/blueprints/blueprint.xml",
        "blueprintContext": {
          "url": "/blueprints/context"
        }
      }
    }


`,fieldDescription:`

Defines where the blueprint template is located and the context for variable substitution.<br>
 For more about how to define variables in blueprint template and template context please follow the example in
 <a href="../blueprint-template-context/">Blueprint Template Context</a>.

`},icon:{$ref:"#/definitions/icon",fieldDescription:`

Defines an icon for this Blueprint, to be shown in the Create Content dialog.

`},name:{$ref:"#/definitions/i18nProperty",fieldDescription:`

A human readable name.

`},description:{$ref:"#/definitions/i18nProperty",fieldDescription:`

Defines a short description for this Blueprint, to be shown in the Create Content dialog.

`},createResult:{enum:["edit","EDIT","view","VIEW"],type:"string",fieldDescription:`

Defines the screen to go to when creating this type of Blueprint. A value of \`view\` causes Confluence to bypass the
 editor page and automatically create the page content. The user lands in the view of the created page. When \`edit\`,
 the user is sent to the editor which is pre-filled with the template content.

`,defaultValue:"edit"},key:{$ref:"#/definitions/ModuleKeySchema"}},required:["template","name","key"],not:{required:["unlicensedAccess"]}},minItems:1},f={properties:{width:{type:"integer",fieldDescription:`

The width in pixels of the icon image.

`},url:{type:"string",fieldDescription:`

The URL of the icon. Your icon needs to be hosted remotely at a web-accessible location. You can specify the
 URL as an absolute URL or relative to the add-on's base URL.

`},height:{type:"integer",fieldDescription:`

The height in pixels of the icon image.

`}},required:["url"],shortClassName:"iconBean",type:"object",title:"Icon",description:`

Defines an icon to display.

 <h3>Example</h3>





    {
      "icon": {
        "width": 16,
        "height": 16,
        "url": "/my-icon.png"
      }
    }


`};function g(t,{instancePath:i="",parentData:m,parentDataProperty:d,rootData:c=t}={}){let e=null,n=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.url===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:f.required,parentSchema:f,data:t};e===null?e=[r]:e.push(r),n++}if(t.width!==void 0){let r=t.width;if(!(typeof r=="number"&&!(r%1)&&!isNaN(r))){let p={instancePath:i+"/width",schemaPath:"#/properties/width/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:f.properties.width.type,parentSchema:f.properties.width,data:r};e===null?e=[p]:e.push(p),n++}}if(t.url!==void 0){let r=t.url;if(typeof r!="string"){let p={instancePath:i+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:f.properties.url.type,parentSchema:f.properties.url,data:r};e===null?e=[p]:e.push(p),n++}}if(t.height!==void 0){let r=t.height;if(!(typeof r=="number"&&!(r%1)&&!isNaN(r))){let p={instancePath:i+"/height",schemaPath:"#/properties/height/type",keyword:"type",params:{type:"integer"},message:"must be integer",schema:f.properties.height.type,parentSchema:f.properties.height,data:r};e===null?e=[p]:e.push(p),n++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:f.type,parentSchema:f,data:t};e===null?e=[r]:e.push(r),n++}return g.errors=e,n===0}var b={properties:{value:{maxLength:1500,type:"string",fieldDescription:"\n\nThe human-readable default value. This will be used if no translation exists.\n Only the following HTML tags are supported: `b`, `i`, `strong`, `em`, and `code`.\n\n"},i18n:{maxLength:300,type:"string",fieldDescription:`

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


`},S=D().default;function y(t,{instancePath:i="",parentData:m,parentDataProperty:d,rootData:c=t}={}){let e=null,n=0;if(t&&typeof t=="object"&&!Array.isArray(t)){if(t.value===void 0){let r={instancePath:i,schemaPath:"#/required",keyword:"required",params:{missingProperty:"value"},message:"must have required property 'value'",schema:b.required,parentSchema:b,data:t};e===null?e=[r]:e.push(r),n++}if(t.value!==void 0){let r=t.value;if(typeof r=="string"){if(S(r)>1500){let p={instancePath:i+"/value",schemaPath:"#/properties/value/maxLength",keyword:"maxLength",params:{limit:1500},message:"must NOT have more than 1500 characters",schema:1500,parentSchema:b.properties.value,data:r};e===null?e=[p]:e.push(p),n++}}else{let p={instancePath:i+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type:"string"},message:"must be string",schema:b.properties.value.type,parentSchema:b.properties.value,data:r};e===null?e=[p]:e.push(p),n++}}if(t.i18n!==void 0){let r=t.i18n;if(typeof r=="string"){if(S(r)>300){let p={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/maxLength",keyword:"maxLength",params:{limit:300},message:"must NOT have more than 300 characters",schema:300,parentSchema:b.properties.i18n,data:r};e===null?e=[p]:e.push(p),n++}}else{let p={instancePath:i+"/i18n",schemaPath:"#/properties/i18n/type",keyword:"type",params:{type:"string"},message:"must be string",schema:b.properties.i18n.type,parentSchema:b.properties.i18n,data:r};e===null?e=[p]:e.push(p),n++}}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"object"},message:"must be object",schema:b.type,parentSchema:b,data:t};e===null?e=[r]:e.push(r),n++}return y.errors=e,n===0}var k={type:"string",title:"ModuleKeySchema",description:"A key for the module. Must be unique within the manifest.",pattern:"^[a-zA-Z0-9_-]+$"},L=new RegExp("^[a-zA-Z0-9_-]+$","u");function v(t,{instancePath:i="",parentData:m,parentDataProperty:d,rootData:c=t}={}){let e=null,n=0;if(typeof t=="string"){if(!L.test(t)){let r={instancePath:i,schemaPath:"#/pattern",keyword:"pattern",params:{pattern:"^[a-zA-Z0-9_-]+$"},message:'must match pattern "^[a-zA-Z0-9_-]+$"',schema:"^[a-zA-Z0-9_-]+$",parentSchema:k,data:t};e===null?e=[r]:e.push(r),n++}}else{let r={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"string"},message:"must be string",schema:k.type,parentSchema:k,data:t};e===null?e=[r]:e.push(r),n++}return v.errors=e,n===0}function w(t,{instancePath:i="",parentData:m,parentDataProperty:d,rootData:c=t}={}){let e=null,n=0;if(Array.isArray(t)){if(t.length<1){let u={instancePath:i,schemaPath:"#/minItems",keyword:"minItems",params:{limit:1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:s,data:t};e===null?e=[u]:e.push(u),n++}let p=t.length;for(let u=0;u<p;u++){let o=t[u],x=n,A=n;if(o&&typeof o=="object"&&!Array.isArray(o)){let a;if(o.unlicensedAccess===void 0&&(a="unlicensedAccess")){let l={};e===null?e=[l]:e.push(l),n++}}var r=A===n;if(r){let a={instancePath:i+"/"+u,schemaPath:"#/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:s.items.not,parentSchema:s.items,data:o};e===null?e=[a]:e.push(a),n++}else n=x,e!==null&&(x?e.length=x:e=null);if(o&&typeof o=="object"&&!Array.isArray(o)){if(o.template===void 0){let a={instancePath:i+"/"+u,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"template"},message:"must have required property 'template'",schema:s.items.required,parentSchema:s.items,data:o};e===null?e=[a]:e.push(a),n++}if(o.name===void 0){let a={instancePath:i+"/"+u,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"name"},message:"must have required property 'name'",schema:s.items.required,parentSchema:s.items,data:o};e===null?e=[a]:e.push(a),n++}if(o.key===void 0){let a={instancePath:i+"/"+u,schemaPath:"#/items/required",keyword:"required",params:{missingProperty:"key"},message:"must have required property 'key'",schema:s.items.required,parentSchema:s.items,data:o};e===null?e=[a]:e.push(a),n++}if(o.template!==void 0){let a=o.template;if(a&&typeof a=="object"&&!Array.isArray(a)){if(a.url===void 0){let l={instancePath:i+"/"+u+"/template",schemaPath:"#/items/properties/template/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:s.items.properties.template.required,parentSchema:s.items.properties.template,data:a};e===null?e=[l]:e.push(l),n++}if(a.blueprintContext!==void 0){let l=a.blueprintContext;if(l&&typeof l=="object"&&!Array.isArray(l)){if(l.url===void 0){let h={instancePath:i+"/"+u+"/template/blueprintContext",schemaPath:"#/items/properties/template/properties/blueprintContext/required",keyword:"required",params:{missingProperty:"url"},message:"must have required property 'url'",schema:s.items.properties.template.properties.blueprintContext.required,parentSchema:s.items.properties.template.properties.blueprintContext,data:l};e===null?e=[h]:e.push(h),n++}if(l.url!==void 0){let h=l.url;if(typeof h!="string"){let C={instancePath:i+"/"+u+"/template/blueprintContext/url",schemaPath:"#/items/properties/template/properties/blueprintContext/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:s.items.properties.template.properties.blueprintContext.properties.url.type,parentSchema:s.items.properties.template.properties.blueprintContext.properties.url,data:h};e===null?e=[C]:e.push(C),n++}}}else{let h={instancePath:i+"/"+u+"/template/blueprintContext",schemaPath:"#/items/properties/template/properties/blueprintContext/type",keyword:"type",params:{type:"object"},message:"must be object",schema:s.items.properties.template.properties.blueprintContext.type,parentSchema:s.items.properties.template.properties.blueprintContext,data:l};e===null?e=[h]:e.push(h),n++}}if(a.url!==void 0){let l=a.url;if(typeof l!="string"){let h={instancePath:i+"/"+u+"/template/url",schemaPath:"#/items/properties/template/properties/url/type",keyword:"type",params:{type:"string"},message:"must be string",schema:s.items.properties.template.properties.url.type,parentSchema:s.items.properties.template.properties.url,data:l};e===null?e=[h]:e.push(h),n++}}}else{let l={instancePath:i+"/"+u+"/template",schemaPath:"#/items/properties/template/type",keyword:"type",params:{type:"object"},message:"must be object",schema:s.items.properties.template.type,parentSchema:s.items.properties.template,data:a};e===null?e=[l]:e.push(l),n++}}if(o.icon!==void 0&&(g(o.icon,{instancePath:i+"/"+u+"/icon",parentData:o,parentDataProperty:"icon",rootData:c})||(e=e===null?g.errors:e.concat(g.errors),n=e.length)),o.name!==void 0&&(y(o.name,{instancePath:i+"/"+u+"/name",parentData:o,parentDataProperty:"name",rootData:c})||(e=e===null?y.errors:e.concat(y.errors),n=e.length)),o.description!==void 0&&(y(o.description,{instancePath:i+"/"+u+"/description",parentData:o,parentDataProperty:"description",rootData:c})||(e=e===null?y.errors:e.concat(y.errors),n=e.length)),o.createResult!==void 0){let a=o.createResult;if(typeof a!="string"){let l={instancePath:i+"/"+u+"/createResult",schemaPath:"#/items/properties/createResult/type",keyword:"type",params:{type:"string"},message:"must be string",schema:s.items.properties.createResult.type,parentSchema:s.items.properties.createResult,data:a};e===null?e=[l]:e.push(l),n++}if(!(a==="edit"||a==="EDIT"||a==="view"||a==="VIEW")){let l={instancePath:i+"/"+u+"/createResult",schemaPath:"#/items/properties/createResult/enum",keyword:"enum",params:{allowedValues:s.items.properties.createResult.enum},message:"must be equal to one of the allowed values",schema:s.items.properties.createResult.enum,parentSchema:s.items.properties.createResult,data:a};e===null?e=[l]:e.push(l),n++}}o.key!==void 0&&(v(o.key,{instancePath:i+"/"+u+"/key",parentData:o,parentDataProperty:"key",rootData:c})||(e=e===null?v.errors:e.concat(v.errors),n=e.length))}}}else{let p={instancePath:i,schemaPath:"#/type",keyword:"type",params:{type:"array"},message:"must be array",schema:s.type,parentSchema:s,data:t};e===null?e=[p]:e.push(p),n++}return w.errors=e,n===0}function q(t,{instancePath:i="",parentData:m,parentDataProperty:d,rootData:c=t}={}){let e=null,n=0;return w(t,{instancePath:i,parentData:m,parentDataProperty:d,rootData:c})||(e=e===null?w.errors:e.concat(w.errors),n=e.length),q.errors=e,n===0}
