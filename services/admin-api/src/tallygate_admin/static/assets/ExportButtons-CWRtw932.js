import{K as e,N as t,P as n,d as r,g as i,h as a,it as o,l as s,p as c,v as l}from"./runtime-core.esm-bundler-wPbiH5qB.js";import{At as u,B as d,Dt as f,Et as p,G as m,L as h,V as g,b as _,jt as v,kt as y,r as b,t as x}from"./Button-BwbACcSz.js";import{h as S,o as C,u as w}from"./index-Vn1Yw5C5.js";var T=`0!important`,E=`-1px!important`;function D(e){return u(`${e}-type`,[p(`& +`,[f(`button`,{},[u(`${e}-type`,[y(`border`,{borderLeftWidth:T}),y(`state-border`,{left:E})])])])])}function O(e){return u(`${e}-type`,[p(`& +`,[f(`button`,[u(`${e}-type`,[y(`border`,{borderTopWidth:T}),y(`state-border`,{top:E})])])])])}var k=f(`button-group`,`
 flex-wrap: nowrap;
 display: inline-flex;
 position: relative;
`,[v(`vertical`,{flexDirection:`row`},[v(`rtl`,[f(`button`,[p(`&:first-child:not(:last-child)`,`
 margin-right: ${T};
 border-top-right-radius: ${T};
 border-bottom-right-radius: ${T};
 `),p(`&:last-child:not(:first-child)`,`
 margin-left: ${T};
 border-top-left-radius: ${T};
 border-bottom-left-radius: ${T};
 `),p(`&:not(:first-child):not(:last-child)`,`
 margin-left: ${T};
 margin-right: ${T};
 border-radius: ${T};
 `),D(`default`),u(`ghost`,[D(`primary`),D(`info`),D(`success`),D(`warning`),D(`error`)])])])]),u(`vertical`,{flexDirection:`column`},[f(`button`,[p(`&:first-child:not(:last-child)`,`
 margin-bottom: ${T};
 margin-left: ${T};
 margin-right: ${T};
 border-bottom-left-radius: ${T};
 border-bottom-right-radius: ${T};
 `),p(`&:last-child:not(:first-child)`,`
 margin-top: ${T};
 margin-left: ${T};
 margin-right: ${T};
 border-top-left-radius: ${T};
 border-top-right-radius: ${T};
 `),p(`&:not(:first-child):not(:last-child)`,`
 margin: ${T};
 border-radius: ${T};
 `),O(`default`),u(`ghost`,[O(`primary`),O(`info`),O(`success`),O(`warning`),O(`error`)])])])]),A=l({name:`ButtonGroup`,props:{size:String,vertical:Boolean},setup(e){let{mergedClsPrefixRef:t,mergedRtlRef:r}=m(e);return g(`-button-group`,k,t),n(b,e),{rtlEnabled:_(`ButtonGroup`,r,t),mergedClsPrefix:t}},render(){let{mergedClsPrefix:e}=this;return t(),c(`div`,{class:h([`${e}-button-group`,this.rtlEnabled&&`${e}-button-group--rtl`,this.vertical&&`${e}-button-group--vertical`]),role:`group`},[d(()=>this.$slots.default?.())],2)}}),j=l({__name:`ExportButtons`,props:{kind:{},query:{}},setup(n){let c=n,l=s(()=>w(c.kind,`csv`,c.query)),u=s(()=>w(c.kind,`json`,c.query));return(s,c)=>(t(),r(o(A),{size:`small`},{default:e(()=>[i(o(x),{tag:`a`,href:l.value,download:``,"data-testid":`export-${n.kind}-csv`},{icon:e(()=>[i(o(S),null,{default:e(()=>[i(o(C))]),_:1})]),default:e(()=>[c[0]||=a(` CSV `,-1)]),_:1},8,[`href`,`data-testid`]),i(o(x),{tag:`a`,href:u.value,download:``,"data-testid":`export-${n.kind}-json`},{default:e(()=>[...c[1]||=[a(`JSON`,-1)]]),_:1},8,[`href`,`data-testid`])]),_:1}))}});export{A as n,j as t};