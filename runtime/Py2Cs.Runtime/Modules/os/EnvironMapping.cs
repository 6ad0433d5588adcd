using System;
using System.Runtime.InteropServices;

namespace Py2Cs.Runtime;

/// <summary>
/// os.environ: a dict filled from the C environment in its order, whose assignments and deletions
/// also reach the process environment (putenv/unsetenv), so child processes see them.
/// </summary>
public sealed class EnvironMapping : PyDict
{
    public static readonly PyType TypeObject = PyType.Builtin("_Environ", () => PyDict.TypeObject, t =>
    {
        t.Dict.SetStr("__module__", PyStr.FromString("os"));
        t.DefMethod("__setitem__", (s, k, v) => { s.SetItem(k, v); return PyNone.None; });
        t.DefMethod("__delitem__", (s, k) => { s.DeleteItem(k); return PyNone.None; });
        t.DefMethod("clear", s =>
        {
            var e = (EnvironMapping)s;
            foreach (var k in Ops.Enumerate(e.Keys())) e.DeleteItem(k);
            return PyNone.None;
        });
        t.DefMethod("pop", 1, new[] { "key", "default" }, (s, a) =>
        {
            var e = (EnvironMapping)s;
            var v = e.Get(a[0]);
            if (v == null) return a[1] ?? throw Ops.KeyError(a[0]);
            e.DeleteItem(a[0]);
            return v;
        });
        t.DefMethod("setdefault", 1, new[] { "key", "failobj" }, (s, a) =>
        {
            var v = ((PyDict)s).Get(a[0]);
            if (v != null) return v;
            s.SetItem(a[0], a[1] ?? PyNone.None);
            return a[1] ?? PyNone.None;
        });
        t.DefMethod("update", 0, new[] { "dict" }, (s, a) =>
        {
            if (a[0] != null)
            {
                var keys = Ops.GetAttrOrNull(a[0], "keys");
                if (keys != null) foreach (var k in Ops.Enumerate(Ops.Call(keys))) s.SetItem(k, Ops.GetItem(a[0], k));
                else foreach (var kv in Ops.Enumerate(a[0])) { var p = Ops.UnpackSequence(kv, 2); s.SetItem(p[0], p[1]); }
            }
            return PyNone.None;
        });
        t.DefMethod("copy", s => ((PyDict)s).Copy());
    });

    public override PyType Type => TypeObject;

    public static EnvironMapping FromProcess()
    {
        var env = new EnvironMapping();
        foreach (var entry in CEnvironment())
        {
            int eq = entry.IndexOf('=');
            if (eq <= 0) continue;
            var key = PyStr.FromString(entry.Substring(0, eq));
            // posixmodule.c keeps the first of duplicated names.
            if (env.Get(key) == null) env.SetItemCore(key, PyStr.FromString(entry.Substring(eq + 1)));
        }
        return env;
    }

    static unsafe System.Collections.Generic.List<string> CEnvironment()
    {
        var list = new System.Collections.Generic.List<string>();
        nint lib = NativeLibrary.Load(OperatingSystem.IsMacOS() ? "libSystem.dylib" : "libc.so.6");
        nint* p = *(nint**)NativeLibrary.GetExport(lib, "environ");
        for (; p != null && *p != 0; p++) list.Add(Libc.CString(*p));
        return list;
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        string k = Ops.StrValue(key);
        string v = value is PyStr or PyUnicode ? Ops.StrValue(value) : throw Ops.TypeError($"putenv() argument 2 must be string, not {value.TypeName}");
        OsErrors.Call(() => PosixCalls.PutEnv(k, v));
        SetItemCore(key, value);
    }

    public override void DeleteItem(PyObject key)
    {
        base.DeleteItem(key);
        string k = Ops.StrValue(key);
        OsErrors.Call(() => PosixCalls.UnsetEnv(k));
    }
}
