using System;

namespace Py2Cs.Runtime;

/// <summary>
/// An instance of BaseException or any subclass (built-in or defined in Python). Holds <c>args</c>,
/// the deprecated <c>message</c>, and a <c>__dict__</c> for the attributes of the richer exceptions
/// (errno/strerror/filename, code, encoding/object/start/end/reason, msg/filename/lineno/...).
/// </summary>
public class PyBaseException : PyObject
{
    PyType _type;
    PyDict _dict;

    public PyTuple Args { get; set; } = PyTuple.Empty;
    public PyObject Message { get; set; } = PyStr.Empty;

    /// <summary>The .NET exception that last carried this value (for tracebacks).</summary>
    public PythonException Exception { get; internal set; }

    public PyBaseException(PyType type) { _type = type; }

    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict ??= new PyDict();

    /// <summary>Creates an instance with the given arguments, as calling the class does.</summary>
    public static PyBaseException Create(PyType type, params PyObject[] args)
    {
        var e = Ops.Call(type, args) as PyBaseException;
        return e ?? throw Ops.TypeError("exceptions must derive from BaseException");
    }

    /// <summary>Declares a built-in exception class.</summary>
    internal static PyType DefineType(string name, PyType baseType) =>
        PyType.Builtin(name, () => baseType ?? PyType.ObjectType, t => Populate(t, name));

    static bool IsKind(PyType t, PyType kind) => t.IsSubtypeOf(kind);

    static void Populate(PyType t, string name)
    {
        // The built-in exceptions live in module exceptions: repr <type 'exceptions.KeyError'>, __module__ 'exceptions'.
        t.Dict.SetStr("__module__", PyStr.FromString("exceptions"));
        t.Constructor = (type, args, kw) =>
        {
            var e = new PyBaseException(type);
            e.SetArgs(args, kw, fromNew: true);
            return e;
        };
        if (name == "BaseException")
        {
            t.Define("__init__", NativeMethod.CreateRaw(t, "__init__", (self, args, kw) =>
            {
                ((PyBaseException)self).SetArgs(args, kw, fromNew: false);
                return PyNone.None;
            }));
            t.Define("args", new NativeProperty(t, "args", s => ((PyBaseException)s).Args,
                (s, v) => ((PyBaseException)s).Args = v == null ? PyTuple.Empty : PyTuple.FromIterable(v)));
            t.Define("message", new NativeProperty(t, "message", s => ((PyBaseException)s).Message,
                (s, v) => ((PyBaseException)s).Message = v));
            t.Define("__str__", NativeMethod.Create(t, "__str__", s => ((PyBaseException)s).BaseStr()));
            t.Define("__repr__", NativeMethod.Create(t, "__repr__", s => ((PyBaseException)s).BaseRepr()));
            t.Define("__unicode__", NativeMethod.Create(t, "__unicode__", s => ((PyBaseException)s).BaseUnicode()));
            t.Define("__reduce__", NativeMethod.Create(t, "__reduce__", s => PyTuple.Create(s.Type, ((PyBaseException)s).Args)));
        }
    }

    /// <summary>Sets args (and the derived attributes of the richer exception kinds) from constructor
    /// arguments, as BaseException_new/__init__ and the subclasses' init functions do.</summary>
    internal void SetArgs(PyObject[] args, PyStr[] kw, bool fromNew)
    {
        if (kw != null && kw.Length > 0 && _type.IsBuiltin)
            throw Ops.TypeError($"{_type.Name} does not take keyword arguments");
        int n = args.Length - (kw?.Length ?? 0);
        var positional = new PyObject[n];
        Array.Copy(args, positional, n);
        Args = PyTuple.Create(positional);
        Message = n == 1 ? positional[0] : PyStr.Empty;
        if (fromNew && !_type.IsBuiltin) return;
        if (IsKind(_type, PyExceptionTypes.EnvironmentError) && n >= 2 && n <= 3)
        {
            var d = InstanceDict;
            d.SetStr("errno", positional[0]);
            d.SetStr("strerror", positional[1]);
            if (n == 3)
            {
                d.SetStr("filename", positional[2]);
                Args = PyTuple.Create(positional[0], positional[1]);
            }
        }
        else if (IsKind(_type, PyExceptionTypes.SystemExit))
        {
            InstanceDict.SetStr("code", n == 0 ? PyNone.None : n == 1 ? positional[0] : Args);
        }
        else if (IsKind(_type, PyExceptionTypes.SyntaxError) && n >= 1)
        {
            var d = InstanceDict;
            d.SetStr("msg", positional[0]);
            if (n == 2 && positional[1] is PyTuple info && info.Count == 4)
            {
                d.SetStr("filename", info[0]);
                d.SetStr("lineno", info[1]);
                d.SetStr("offset", info[2]);
                d.SetStr("text", info[3]);
            }
        }
        else if ((IsKind(_type, PyExceptionTypes.UnicodeEncodeError) || IsKind(_type, PyExceptionTypes.UnicodeDecodeError)) && n == 5)
        {
            var d = InstanceDict;
            d.SetStr("encoding", positional[0]);
            d.SetStr("object", positional[1]);
            d.SetStr("start", positional[2]);
            d.SetStr("end", positional[3]);
            d.SetStr("reason", positional[4]);
        }
    }

    public override PyObject GetAttributeOrNull(PyStr name)
    {
        var r = PyType.GenericGetAttr(this, name);
        if (r != null) return r;
        // The attributes CPython declares as members default to None.
        string s = name.ToString();
        if (IsKind(_type, PyExceptionTypes.EnvironmentError) && (s == "errno" || s == "strerror" || s == "filename")) return PyNone.None;
        if (IsKind(_type, PyExceptionTypes.SyntaxError) && (s == "msg" || s == "filename" || s == "lineno" || s == "offset" || s == "text" || s == "print_file_and_line")) return PyNone.None;
        if (!_type.IsBuiltin && _type.Lookup("__getattr__") is { } ga) return Ops.CallWithSelf(ga, this, name);
        return null;
    }

    PyObject Attr(string name) => InstanceDict.GetStr(name) ?? PyNone.None;

    /// <summary>BaseException.__str__ and the special forms of its subclasses.</summary>
    public PyStr BaseStr()
    {
        if (IsKind(_type, PyExceptionTypes.EnvironmentError))
        {
            var errno = Attr("errno"); var strerror = Attr("strerror"); var filename = Attr("filename");
            if (filename is not PyNone)
                return PyStr.FromString($"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}: {Ops.Repr(filename)}");
            if (errno is not PyNone && strerror is not PyNone)
                return PyStr.FromString($"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}");
        }
        else if (IsKind(_type, PyExceptionTypes.KeyError) && Args.Count == 1)
            return Ops.Repr(Args[0]);
        else if (IsKind(_type, PyExceptionTypes.SyntaxError))
        {
            var msg = Attr("msg"); var filename = Attr("filename"); var lineno = Attr("lineno");
            if (msg is not PyNone && (filename is not PyNone || lineno is not PyNone))
            {
                string f = filename is PyStr fs ? System.IO.Path.GetFileName(fs.ToString()) : null;
                if (f != null && lineno is PyInt li) return PyStr.FromString($"{Ops.Str(msg)} ({f}, line {li.Value})");
                if (f != null) return PyStr.FromString($"{Ops.Str(msg)} ({f})");
                if (lineno is PyInt l2) return PyStr.FromString($"{Ops.Str(msg)} (line {l2.Value})");
            }
            if (msg is not PyNone) return Ops.Str(msg);
        }
        else if ((IsKind(_type, PyExceptionTypes.UnicodeEncodeError) || IsKind(_type, PyExceptionTypes.UnicodeDecodeError))
                 && InstanceDict.GetStr("reason") != null)
            return PyStr.FromString(UnicodeErrorText());
        if (Args.Count == 0) return PyStr.Empty;
        if (Args.Count == 1) return Ops.Str(Args[0]);
        return Ops.Str(Args);
    }

    /// <summary>unicode(e), as 2.7's BaseException_unicode: when the type's __str__ is not BaseException's
    /// own (a Python subclass's, or the special forms of EnvironmentError, KeyError, SyntaxError and the
    /// Unicode errors), unicode of what __str__ gives; otherwise unicode of the one argument or of args,
    /// so unicode(ValueError(u'caf\xe9')) is u'caf\xe9' rather than an ASCII encoding error.</summary>
    public PyUnicode BaseUnicode()
    {
        if (PythonStr() is { } m)
            return Ops.ToUnicode(Ops.CallWithSelf(m, this));
        if (IsKind(_type, PyExceptionTypes.EnvironmentError) || IsKind(_type, PyExceptionTypes.KeyError)
            || IsKind(_type, PyExceptionTypes.SyntaxError) || IsKind(_type, PyExceptionTypes.UnicodeEncodeError)
            || IsKind(_type, PyExceptionTypes.UnicodeDecodeError))
            return Ops.ToUnicode(BaseStr());
        if (Args.Count == 0) return PyUnicode.FromString("");
        return Ops.ToUnicode(Args.Count == 1 ? Args[0] : Args);
    }

    string UnicodeErrorText()
    {
        string encoding = Ops.Str(Attr("encoding")).ToString();
        string reason = Ops.Str(Attr("reason")).ToString();
        long start = Ops.IndexToLong(Attr("start")), end = Ops.IndexToLong(Attr("end"));
        var obj = Attr("object");
        if (IsKind(_type, PyExceptionTypes.UnicodeEncodeError))
        {
            if (end == start + 1 && obj is PyUnicode u && start < u.Length)
            {
                int cp = u.CodePointAt((int)start);
                string ch = cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
                return $"'{encoding}' codec can't encode character u'{ch}' in position {start}: {reason}";
            }
            return $"'{encoding}' codec can't encode characters in position {start}-{end - 1}: {reason}";
        }
        if (end == start + 1 && obj is PyStr s && start < s.Length)
            return $"'{encoding}' codec can't decode byte 0x{s[(int)start]:x2} in position {start}: {reason}";
        return $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
    }

    /// <summary>"ValueError('x',)": the class name and the repr of args.</summary>
    public PyStr BaseRepr()
    {
        string args = Args.Count == 0 ? "()" : Ops.Repr(Args).ToString();
        return PyStr.FromString(_type.Name + args);
    }

    public override PyStr Str()
    {
        if (PythonStr() is { } m)
            return Ops.CheckStrResult(Ops.CallWithSelf(m, this), "__str__");
        return BaseStr();
    }

    /// <summary>A __str__ defined in Python by a subclass, or null.</summary>
    PyObject PythonStr() => !_type.IsBuiltin && _type.Lookup("__str__") is { } m && m is not NativeMethod ? m : null;

    public override PyStr Repr()
    {
        if (!_type.IsBuiltin && _type.Lookup("__repr__") is { } m && m is not NativeMethod)
            return Ops.CheckStrResult(Ops.CallWithSelf(m, this), "__repr__");
        return BaseRepr();
    }

    public override PyObject RichCompare(PyObject other, CompareOperator op)
    {
        if (!_type.IsBuiltin && _type.Lookup(OperatorNames.Method(op)) is { } m && m is not NativeMethod)
        {
            var r = Ops.CallWithSelf(m, this, other);
            return ReferenceEquals(r, PyNotImplemented.Value) ? null : r;
        }
        return null;
    }

    public override long Hash()
    {
        if (!_type.IsBuiltin && _type.Lookup("__hash__") is { } m && m is not NativeMethod)
            return Ops.Hash(Ops.CallWithSelf(m, this));
        return base.Hash();
    }

    // ---- factories for the runtime's own errors --------------------------------------------------

    public static PyBaseException UnicodeEncodeError(string encoding, PyUnicode obj, int start, int end, string reason) =>
        Create(PyExceptionTypes.UnicodeEncodeError, PyStr.FromString(encoding), obj, PyInt.From(start), PyInt.From(end), PyStr.FromString(reason));

    public static PyBaseException UnicodeDecodeError(string encoding, PyStr obj, int start, int end, string reason) =>
        Create(PyExceptionTypes.UnicodeDecodeError, PyStr.FromString(encoding), obj, PyInt.From(start), PyInt.From(end), PyStr.FromString(reason));
}
