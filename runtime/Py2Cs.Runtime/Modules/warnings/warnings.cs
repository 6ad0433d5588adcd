using System.Linq;
using System.Text.RegularExpressions;

namespace Py2Cs.Runtime.Modules;

/// <summary>
/// The <c>warnings</c> module: filters (Python 2.7's defaults ignore DeprecationWarning,
/// PendingDeprecationWarning, ImportWarning and BytesWarning), once-per-location reporting to stderr as
/// "file:line: Category: message", simplefilter/filterwarnings/resetwarnings and catch_warnings.
/// </summary>
[PythonModule("warnings")]
public static class warnings
{
    /// <summary>warnings.filters: (action, message regex or None, category, module regex or None, lineno).</summary>
    public static readonly PyList filters = DefaultFilters();
    public static PyObject defaultaction = PyStr.FromString("default");
    public static readonly PyDict onceregistry = new();
    static readonly PyDict Registry = new();

    static PyList DefaultFilters()
    {
        var l = new PyList();
        foreach (var c in new[] { PyExceptionTypes.DeprecationWarning, PyExceptionTypes.PendingDeprecationWarning, PyExceptionTypes.ImportWarning, PyExceptionTypes.BytesWarning })
            l.Append(PyTuple.Create(PyStr.FromString("ignore"), PyNone.None, c, PyNone.None, PyInt.Zero));
        return l;
    }

    static PyObject Module => Importer.Modules.GetStr(PyStr.FromString("warnings")) ?? PyNone.None;

    public static PyObject warn(PyObject message, PyObject category = null, PyObject stacklevel = null)
    {
        if (Ops.IsInstance(message, PyExceptionTypes.Warning)) category = message.Type;
        if (category == null || category is PyNone) category = PyExceptionTypes.UserWarning;
        int level = stacklevel == null ? 1 : Ops.ToInt32(stacklevel);
        var stack = TracebackPrinter.CurrentStack();
        string filename = "sys"; int lineno = 1;
        if (stack.Count >= level && level >= 1)
        {
            var f = stack[stack.Count - level];
            filename = f.File; lineno = f.Line;
        }
        return warn_explicit(message, category, PyStr.FromString(filename), PyInt.From(lineno));
    }

    public static PyObject warn_explicit(PyObject message, PyObject category, PyObject filename, PyObject lineno,
        PyObject module = null, PyObject registry = null, PyObject module_globals = null)
    {
        PyObject text = message;
        if (Ops.IsInstance(message, PyExceptionTypes.Warning)) { text = Ops.Str(message); category = message.Type; }
        else message = Ops.Call(category, message);
        string moduleName = module is PyStr ms ? ms.ToString() : System.IO.Path.GetFileNameWithoutExtension(Ops.StrValue(filename));
        var key = PyTuple.Create(text, category, lineno);
        if (Registry.Get(key) != null) return PyNone.None;
        string action = Ops.StrValue(defaultaction);
        foreach (var item in Ops.Enumerate(Ops.GetAttrOrNull(Module, "filters") ?? filters))
        {
            var f = Ops.UnpackSequence(item, 5);
            if (f[1] is not PyNone && !Regex.IsMatch(Ops.StrValue(text), "^(?:" + Ops.StrValue(f[1]) + ")", RegexOptions.IgnoreCase)) continue;
            if (!Ops.IsSubclass(category, f[2])) continue;
            if (f[3] is not PyNone && !Regex.IsMatch(moduleName, "^(?:" + Ops.StrValue(f[3]) + ")$")) continue;
            if (Ops.IndexToLong(f[4]) != 0 && !Ops.Eq(f[4], lineno)) continue;
            action = Ops.StrValue(f[0]);
            break;
        }
        switch (action)
        {
            case "ignore": Registry.SetItem(key, PyBool.True); return PyNone.None;
            case "error": throw new PythonException(message);
            case "once":
                Registry.SetItem(key, PyBool.True);
                var onceKey = PyTuple.Create(text, category);
                if (onceregistry.Get(onceKey) != null) return PyNone.None;
                onceregistry.SetItem(onceKey, PyBool.True);
                break;
            case "always": break;
            default: Registry.SetItem(key, PyBool.True); break;
        }
        var show = Ops.GetAttrOrNull(Module, "showwarning");
        if (show != null) Ops.Call(show, new[] { message, category, filename, lineno }, null);
        else showwarning(message, category, filename, lineno);
        return PyNone.None;
    }

    public static PyObject formatwarning(PyObject message, PyObject category, PyObject filename, PyObject lineno, PyObject line = null)
    {
        string s = $"{Ops.StrValue(filename)}:{Ops.Str(lineno)}: {Ops.StrValue(Ops.GetAttr(category, "__name__"))}: {Ops.Str(message)}\n";
        string src = line is PyStr ls ? ls.ToString() : TracebackPrinter.SourceLine(Ops.StrValue(filename), (int)Ops.IndexToLong(lineno));
        if (!string.IsNullOrEmpty(src)) s += "  " + src.Trim() + "\n";
        return PyStr.FromString(s);
    }

    public static PyObject showwarning(PyObject message, PyObject category, PyObject filename, PyObject lineno, PyObject file = null, PyObject line = null)
    {
        var target = file == null || file is PyNone ? SysModule.Module["stderr"] : file;
        try { Ops.CallMethod(target, PyStr.Intern("write"), formatwarning(message, category, filename, lineno, line)); }
        catch (PythonException e) when (e.Is(PyExceptionTypes.IOError)) { }
        return PyNone.None;
    }

    public static PyObject simplefilter(PyObject action, PyObject category = null, PyObject lineno = null, PyObject append = null) =>
        AddFilter(PyTuple.Create(action, PyNone.None, category ?? PyExceptionTypes.Warning, PyNone.None, lineno ?? PyInt.Zero), append);

    public static PyObject filterwarnings(PyObject action, PyObject message = null, PyObject category = null, PyObject module = null, PyObject lineno = null, PyObject append = null) =>
        AddFilter(PyTuple.Create(action, message == null || Ops.StrValue(message).Length == 0 ? PyNone.None : message,
            category ?? PyExceptionTypes.Warning, module == null || Ops.StrValue(module).Length == 0 ? PyNone.None : module, lineno ?? PyInt.Zero), append);

    static PyObject AddFilter(PyTuple item, PyObject append)
    {
        string action = Ops.StrValue(item[0]);
        if (!new[] { "error", "ignore", "always", "default", "module", "once" }.Contains(action))
            throw Ops.AssertionFailed(PyStr.FromString($"invalid action: {Ops.Repr(item[0])}"));
        var list = (PyList)(Ops.GetAttrOrNull(Module, "filters") ?? filters);
        if (list.Contains(item)) list.Remove(item);
        if (append != null && Ops.IsTrue(append)) list.Append(item); else list.Insert(0, item);
        Registry.Clear();
        return PyNone.None;
    }

    public static PyObject resetwarnings()
    {
        ((PyList)(Ops.GetAttrOrNull(Module, "filters") ?? filters)).Clear();
        Registry.Clear();
        return PyNone.None;
    }

    /// <summary>catch_warnings(record=False): saves and restores the filters and showwarning.</summary>
    public static PyObject catch_warnings(PyObject record = null, PyObject module = null) =>
        new CatchWarnings(record != null && Ops.IsTrue(record));

    sealed class CatchWarnings : PyObject
    {
        static readonly PyType TypeObject = PyType.Builtin("catch_warnings", () => PyType.ObjectType, t =>
        {
            t.Define("__module__", PyStr.FromString("warnings"));
            t.DefMethod("__enter__", s => ((CatchWarnings)s).Enter());
            t.DefVarMethod("__exit__", (s, a) => { ((CatchWarnings)s).Exit(); return PyNone.None; });
        });

        readonly bool _record;
        PyObject _savedFilters, _savedShow;
        public CatchWarnings(bool record) { _record = record; }
        public override PyType Type => TypeObject;

        PyObject Enter()
        {
            var m = Module;
            _savedFilters = Ops.GetAttr(m, "filters");
            _savedShow = Ops.GetAttr(m, "showwarning");
            Ops.SetAttr(m, "filters", PyList.FromIterable(_savedFilters));
            Registry.Clear();
            if (!_record) return PyNone.None;
            var log = new PyList();
            Ops.SetAttr(m, "showwarning", PyFunction.WithBoundArguments(
                new FunctionSignature("showwarning", new[] { "message", "category", "filename", "lineno" }, "args", "kwargs"), a =>
                {
                    var rec = new WarningMessage();
                    rec.InstanceDict.SetStr("message", a[0]);
                    rec.InstanceDict.SetStr("category", a[1]);
                    rec.InstanceDict.SetStr("filename", a[2]);
                    rec.InstanceDict.SetStr("lineno", a[3]);
                    rec.InstanceDict.SetStr("file", PyNone.None);
                    rec.InstanceDict.SetStr("line", PyNone.None);
                    log.Append(rec);
                    return PyNone.None;
                }));
            return log;
        }

        void Exit()
        {
            var m = Module;
            Ops.SetAttr(m, "filters", _savedFilters);
            Ops.SetAttr(m, "showwarning", _savedShow);
            Registry.Clear();
        }
    }

    /// <summary>A recorded warning (warnings.WarningMessage).</summary>
    sealed class WarningMessage : PyObject
    {
        static readonly PyType TypeObject = PyType.Builtin("WarningMessage", () => PyType.ObjectType, null);
        readonly PyDict _dict = new();
        public override PyType Type => TypeObject;
        public override PyDict InstanceDict => _dict;
    }
}
