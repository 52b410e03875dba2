import{I as e,K as t,N as n,bt as r,d as i,f as a,h as o,i as s,it as c,l,p as u,u as d,v as f,vt as p,w as m,x as h}from"./runtime-core.esm-bundler-wPbiH5qB.js";import{B as g,Dt as _,Et as v,G as y,L as b,Mt as x,N as S,T as C,j as w,o as T}from"./Button-BwbACcSz.js";import{_ as E,g as D}from"./DataState-ZJossTmU.js";import{C as O,_t as k,mt as A,n as j}from"./index-Vn1Yw5C5.js";var M=[`value`,`name`,`checked`,`disabled`,`onChange`,`onFocus`,`onBlur`],N=f({name:`RadioButton`,props:D,setup:E,render(){let{mergedClsPrefix:e}=this;return n(),u(`label`,{class:b([`${e}-radio-button`,this.mergedDisabled&&`${e}-radio-button--disabled`,this.renderSafeChecked&&`${e}-radio-button--checked`,this.focus&&[`${e}-radio-button--focus`]])},[d(`input`,{ref:`inputRef`,type:`radio`,class:b(`${e}-radio-input`),value:this.value,name:this.mergedName,checked:this.renderSafeChecked,disabled:this.mergedDisabled,onChange:this.handleRadioInputChange,onFocus:this.handleRadioInputFocus,onBlur:this.handleRadioInputBlur},null,42,M),d(`div`,{class:b(`${e}-radio-button__state-border`)},null,2),g(()=>C(this.$slots.default,t=>!t&&!this.label?null:(n(),u(`div`,{ref:`labelRef`,class:b(`${e}-radio__label`)},[g(()=>t||this.label)],2))))],2)}}),P=!1;function F(){if(T&&window.CSS&&!P&&(P=!0,`registerProperty`in window?.CSS))try{CSS.registerProperty({name:`--n-color-start`,syntax:`<color>`,inherits:!1,initialValue:`#0000`}),CSS.registerProperty({name:`--n-color-end`,syntax:`<color>`,inherits:!1,initialValue:`#0000`})}catch{}}function I(e){let{heightSmall:t,heightMedium:n,heightLarge:r,borderRadius:i}=e;return{color:`#eee`,colorEnd:`#ddd`,borderRadius:i,heightSmall:t,heightMedium:n,heightLarge:r}}var L={name:`Skeleton`,common:S,self:I},R=v([_(`skeleton`,`
 height: 1em;
 width: 100%;
 transition:
 --n-color-start .3s var(--n-bezier),
 --n-color-end .3s var(--n-bezier),
 background-color .3s var(--n-bezier);
 animation: 2s skeleton-loading infinite cubic-bezier(0.36, 0, 0.64, 1);
 background-color: var(--n-color-start);
 `),v(`@keyframes skeleton-loading`,`
 0% {
 background: var(--n-color-start);
 }
 40% {
 background: var(--n-color-end);
 }
 80% {
 background: var(--n-color-start);
 }
 100% {
 background: var(--n-color-start);
 }
 `)]),z={...w.props,text:Boolean,round:Boolean,circle:Boolean,height:[String,Number],width:[String,Number],size:String,repeat:{type:Number,default:1},animated:{type:Boolean,default:!0},sharp:{type:Boolean,default:!0}},B=f({name:`Skeleton`,inheritAttrs:!1,props:z,setup(e){F();let{mergedClsPrefixRef:t,mergedComponentPropsRef:n}=y(e),r=l(()=>e.size||n?.value?.Skeleton?.size),i=w(`Skeleton`,`-skeleton`,R,L,e,t);return{mergedClsPrefix:t,style:l(()=>{let t=i.value,{common:{cubicBezierEaseInOut:n}}=t,a=t.self,{color:o,colorEnd:s,borderRadius:c}=a,l,{circle:u,sharp:d,round:f,width:p,height:m,text:h,animated:g}=e,_=r.value;_!==void 0&&(l=a[x(`height`,_)]);let v=u?p??m??l:p,y=(u?p??m:m)??l;return{display:h?`inline-block`:``,verticalAlign:h?`-0.125em`:``,borderRadius:u?`50%`:f?`4096px`:d?``:c,width:typeof v==`number`?k(v):v,height:typeof y==`number`?k(y):y,animation:g?``:`none`,"--n-bezier":n,"--n-color-start":o,"--n-color-end":s}})}},render(){let{repeat:e,style:t,mergedClsPrefix:r,$attrs:i}=this,a=h(`div`,m({class:`${r}-skeleton`,style:t},i));return e>1?(n(),u(s,{key:1},[g(()=>A(e,null).map(e=>[a,`
`]))],64)):a}}),V={class:`label`},H=[`title`,`data-value`],U={key:2,class:`sub num`},W=j(f({__name:`StatCard`,props:{label:{},value:{},raw:{},title:{},sub:{},tone:{},loading:{type:Boolean},testid:{}},setup(s){return(l,f)=>(n(),i(c(O),{size:`small`,class:`stat`,"data-testid":s.testid,bordered:!1},{default:t(()=>[d(`div`,V,r(s.label),1),s.loading?(n(),i(c(B),{key:0,text:``,style:{width:`60%`,height:`30px`,margin:`6px 0`}})):(n(),u(`div`,{key:1,class:p([`value num`,s.tone]),title:s.title,"data-role":`value`,"data-value":s.raw??``},r(s.value),11,H)),s.sub&&!s.loading?(n(),u(`div`,U,[e(l.$slots,`sub`,{},()=>[o(r(s.sub),1)],!0)])):a(``,!0),e(l.$slots,`default`,{},void 0,!0)]),_:3},8,[`data-testid`]))}}),[[`__scopeId`,`data-v-f0215d13`]]);export{N as n,W as t};