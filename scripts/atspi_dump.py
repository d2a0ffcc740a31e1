import pyatspi, sys
desk = pyatspi.Registry.getDesktop(0)
app = None
for a in desk:
    if a and a.name and 'lotsen' in a.name.lower():
        app = a
if not app:
    print("no lotsen app on the bus:", [a.name for a in desk if a]); sys.exit(1)
INPUT = {'text','combo box','spin button','table','list','tree table','page tab list','push button','check box','list box','password text','date editor'}
unnamed=[]; total=0
def walk(node, depth=0):
    global total
    try:
        role=node.getRoleName(); name=node.name or ''
        st=node.getState()
        showing = st.contains(pyatspi.STATE_SHOWING)
    except Exception:
        return
    if showing and role in INPUT:
        total+=1
        if not name.strip():
            unnamed.append(role)
    if depth>40: return
    for i in range(min(node.childCount, 60)):
        try: walk(node.getChildAtIndex(i), depth+1)
        except Exception: pass
walk(app)
print("controls shown:", total, "without a name:", len(unnamed), unnamed[:20])
