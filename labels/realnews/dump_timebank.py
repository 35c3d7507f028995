import re, os, glob, hashlib
B='/work/shared/bench/tempeval3/Training/TBAQ-cleaned'
BODY=re.compile(r'<TEXT>(.*?)</TEXT>', re.S)
TAG=re.compile(r'<(/?)([A-Za-z0-9]+)([^>]*)>')
def un(s): return s.replace('&quot;','"').replace('&apos;',"'").replace('&lt;','<').replace('&gt;','>').replace('&amp;','&')
idx=open('/tmp/realnews/index-tb.tsv','w')
n=0
for sub in ('TimeBank','AQUAINT'):
    for f in sorted(glob.glob(B+'/'+sub+'/*.tml')):
        x=open(f,encoding='utf-8').read(); m=BODY.search(x)
        if not m: continue
        t=TAG.sub('', m.group(1)); t=un(t)
        d='tb:'+os.path.basename(f)[:-4]
        fn=d.replace(':','_')+'.txt'
        open('/tmp/realnews/docs/'+fn,'w',encoding='utf-8').write(t)
        sp='test' if int(hashlib.sha256(d.encode()).hexdigest(),16)%5==0 else 'dev'
        idx.write('%s\t%s\t%d\t%s\n'%(d,fn,len(t),sp)); n+=1
print(n)
