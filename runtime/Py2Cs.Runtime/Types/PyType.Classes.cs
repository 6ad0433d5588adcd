using System;
using System.Collections.Generic;
using System.Linq;

namespace Py2Cs.Runtime;

/// <summary>Class creation (the <c>class</c> statement), MRO computation and calling a type.</summary>
public sealed partial class PyType
{
    /// <summary>The type of classic classes (<c>classobj</c>).</summary>
    public static readonly PyType ClassicClassType = Builtin("classobj", () => ObjectType, t =>
    {
        t.Constructor = (type, args, kw) =>
        {
            var a = ArgumentParser.Parse("classobj", args, kw, 3, 3, "name", "bases", "dict");
            return CreateClassic(Ops.StrValue(a[0]), (PyTuple)a[1], (PyDict)a[2]);
        };
        TypeTypeDefinition.DefineClassAttributes(t);
    });

    /// <summary>The type of classic instances (<c>instance</c>).</summary>
    public static readonly PyType ClassicInstanceType = Builtin("instance", () => ObjectType, null);

    PyType(string name, PyType[] bases, PyDict dict, PyType metatype, bool classic)
    {
        Name = name;
        _bases = bases;
        _base = classic ? null : BestBase(bases);
        _dict = dict;
        _metatype = metatype == TypeType || metatype == ClassicClassType ? null : metatype;
        IsClassic = classic;
        IsBuiltin = false;
        SolidBase = classic ? ObjectType : _base.SolidBase;
    }

    /// <summary>Runs a class statement: picks the metaclass (explicit <c>__metaclass__</c> in the body,
    /// else the type of the first base, else the module's <c>__metaclass__</c>, else a classic class)
    /// and calls it with (name, bases, dict).</summary>
    public static PyObject MakeClass(string name, PyTuple bases, PyDict dict, PyObject moduleMetaclass = null)
    {
        PyObject meta = dict.GetStr("__metaclass__");
        if (meta == null)
        {
            if (bases.Count > 0)
            {
                var b0 = bases[0];
                meta = b0 is PyType bt && bt.IsClassic ? ClassicClassType : Ops.TypeOf(b0);
                // A classic first base with any new-style base still makes a new-style class.
                if (meta == ClassicClassType)
                    foreach (var b in bases.AsSpan())
                        if (b is PyType t && !t.IsClassic) { meta = Ops.TypeOf(b); break; }
            }
            else meta = moduleMetaclass ?? ClassicClassType;
        }
        if (meta == ClassicClassType) return CreateClassic(name, bases, dict);
        if (meta == TypeType) return CreateNewStyle(TypeType, name, bases, dict);
        return Ops.Call(meta, PyStr.FromString(name), bases, dict);
    }

    public static PyType CreateClassic(string name, PyTuple bases, PyDict dict)
    {
        var bs = new PyType[bases.Count];
        for (int i = 0; i < bs.Length; i++)
            bs[i] = bases[i] as PyType ?? throw Ops.TypeError("PyClass_New: base must be a class");
        var t = new PyType(name, bs, dict, ClassicClassType, true);
        // Classic look-up is depth-first, left to right.
        var mro = new List<PyType>();
        void Walk(PyType c)
        {
            if (!mro.Contains(c)) mro.Add(c);
            foreach (var b in c.Bases) Walk(b);
        }
        Walk(t);
        t._mro = mro.ToArray();
        if (dict.GetStr("__doc__") == null) dict.SetStr("__doc__", PyNone.None);
        return t;
    }

    /// <summary>type.__new__(meta, name, bases, dict).</summary>
    public static PyType CreateNewStyle(PyType meta, string name, PyTuple bases, PyDict dict)
    {
        var bs = new List<PyType>();
        foreach (var b in bases.AsSpan())
            bs.Add(b as PyType ?? throw Ops.TypeError("Error when calling the metaclass bases\n    type() argument 2 must be tuple of types"));
        if (bs.Count == 0) bs.Add(ObjectType);
        foreach (var b in bs)
            if (b.IsBuiltin && !b.IsSubclassable)
                throw Ops.TypeError($"Error when calling the metaclass bases\n    type '{b.QualifiedName}' is not an acceptable base type");
        var t = new PyType(name, bs.ToArray(), dict, meta, false);
        t._mro = ComputeC3(t, bs);
        // __new__ is implicitly a static method; __slots__ restricts the instance layout.
        var newFn = dict.GetStr("__new__");
        if (newFn is PyFunction) dict.SetStr("__new__", new PyStaticMethod(newFn));
        t.SetupSlots(dict);
        if (dict.GetStr("__doc__") == null) dict.SetStr("__doc__", PyNone.None);
        return t;
    }

    /// <summary>Built-in types that may be subclassed from Python (CPython's Py_TPFLAGS_BASETYPE).</summary>
    public bool IsSubclassable => !IsBuiltin || !IsFinal && (Name != "bool" && Name != "thread.lock" && Name != "NoneType" && Name != "slice" &&
        Name != "xrange" && Name != "function" && Name != "builtin_function_or_method" && Name != "instancemethod" &&
        Name != "generator" && Name != "NotImplementedType" && Name != "ellipsis" && !Name.EndsWith("iterator"));

    /// <summary>A built-in type declared without Py_TPFLAGS_BASETYPE by its module (cStringIO's types).</summary>
    public bool IsFinal { get; set; }

    /// <summary>CPython's tp_name: a module's built-in types are qualified ("cStringIO.StringO").</summary>
    internal string QualifiedName => IsBuiltin && !Name.Contains('.') && Dict.GetStr("__module__") is PyStr m && m.ToString() != "__builtin__" ? m + "." + Name : Name;

    void SetupSlots(PyDict dict)
    {
        var slots = dict.GetStr("__slots__");
        bool baseHasDict = true;
        foreach (var b in _mro.Skip(1)) if (!b.IsBuiltin || b == ObjectType) { }
        var inherited = new List<string>();
        bool anyBaseWithDict = false;
        foreach (var b in _mro.Skip(1))
        {
            if (b.IsBuiltin) continue;
            if (b.Slots != null) inherited.AddRange(b.Slots);
            if (b.HasInstanceDict) anyBaseWithDict = true;
        }
        if (slots == null)
        {
            HasInstanceDict = true;
            Slots = inherited.Count > 0 ? inherited.ToArray() : null;
            return;
        }
        var names = slots is PyStr one ? new List<PyObject> { one } : Ops.ToList(slots).ToArray().ToList();
        var own = new List<string>();
        bool wantsDict = anyBaseWithDict;
        foreach (var n in names)
        {
            string s = Ops.StrValue(n);
            if (s == "__dict__") { wantsDict = true; continue; }
            if (s == "__weakref__") continue;
            own.Add(s);
        }
        HasInstanceDict = wantsDict;
        int start = inherited.Count;
        inherited.AddRange(own);
        Slots = inherited.ToArray();
        for (int i = 0; i < own.Count; i++)
            dict.SetStr(own[i], new PySlotDescriptor(this, own[i], start + i));
        _ = baseHasDict;
    }

    /// <summary>The base whose layout the new type extends; two different built-in layouts conflict.</summary>
    static PyType BestBase(PyType[] bases)
    {
        PyType best = null;
        foreach (var b in bases)
        {
            if (b.IsClassic) continue;
            if (best == null) { best = b; continue; }
            var s1 = best.SolidBase; var s2 = b.SolidBase;
            if (s1.IsSubtypeOf(s2)) continue;
            if (s2.IsSubtypeOf(s1)) { best = b; continue; }
            if (s1 == ExceptionLayout(s1) && s2 == ExceptionLayout(s2)) continue;
            throw Ops.TypeError("Error when calling the metaclass bases\n    multiple bases have instance lay-out conflict");
        }
        return best ?? ObjectType;
    }

    static PyType ExceptionLayout(PyType t) => t.IsSubtypeOf(PyExceptionTypes.BaseException) ? t : null;

    /// <summary>C3 linearisation (CPython's mro_internal), with CPython's error for inconsistent bases.</summary>
    static PyType[] ComputeC3(PyType t, List<PyType> bases)
    {
        var seqs = new List<List<PyType>>();
        foreach (var b in bases) seqs.Add(new List<PyType>(b.Mro));
        seqs.Add(new List<PyType>(bases));
        var result = new List<PyType> { t };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) return result.ToArray();
            PyType candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = seqs.Any(o => o.IndexOf(head) > 0);
                if (!inTail) { candidate = head; break; }
            }
            if (candidate == null)
            {
                var heads = new List<string>();
                foreach (var s in seqs)
                    if (!heads.Contains(s[0].Name)) heads.Add(s[0].Name);
                throw Ops.TypeError("Error when calling the metaclass bases\n    Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", heads));
            }
            result.Add(candidate);
            foreach (var s in seqs) if (s.Count > 0 && s[0] == candidate) s.RemoveAt(0);
        }
    }

    // ---- calling a type --------------------------------------------------------------------

    static readonly PyStr NewName = PyStr.Intern("__new__"), InitName = PyStr.Intern("__init__");

    public override PyObject Call(PyObject[] args, PyStr[] kwNames)
    {
        if (ReferenceEquals(this, TypeType) && args.Length == 1 && (kwNames == null || kwNames.Length == 0))
            return Ops.TypeOf(args[0]);
        if (IsClassic) return CallClassic(args, kwNames);
        // A metaclass defining __call__ in Python takes over instance creation.
        if (_metatype != null && PythonOverride.Find(_metatype, "__call__") is { } metaCall)
            return Ops.CallWithSelf(metaCall, this, args, kwNames);
        return CallDefault(args, kwNames);
    }

    /// <summary>type.__call__: __new__ then __init__ when the result is an instance of this type.</summary>
    internal PyObject CallDefault(PyObject[] args, PyStr[] kwNames)
    {
        if (IsClassic) return CallClassic(args, kwNames);
        PyObject obj = CreateInstance(args, kwNames);
        if (!obj.Type.IsSubtypeOf(this)) return obj;
        var init = obj.Type.Lookup(InitName);
        if (init != null && !(init is NativeMethod nm && nm.IsObjectInit))
        {
            var r = Ops.CallWithSelf(init, obj, args, kwNames);
            if (r is not PyNone) throw Ops.TypeError($"__init__() should return None, not '{r.TypeName}'");
        }
        else if (args.Length > 0 && Lookup(NewName) is NativeStaticNew { IsObjectNew: true })
            throw Ops.TypeError("object() takes no parameters");
        return obj;
    }

    /// <summary>type.__new__ part of a call: a Python <c>__new__</c> if one is defined before the
    /// built-in layout, else the built-in constructor.</summary>
    PyObject CreateInstance(PyObject[] args, PyStr[] kwNames)
    {
        var newAttr = Lookup(NewName);
        if (newAttr is PyStaticMethod sm && sm.Function is not NativeStaticNew)
        {
            var full = new PyObject[args.Length + 1];
            full[0] = this;
            Array.Copy(args, 0, full, 1, args.Length);
            return Ops.Call(sm.Function, full, kwNames);
        }
        if (newAttr is NativeStaticNew nsn && !nsn.IsObjectNew) return nsn.Owner.Constructor(this, args, kwNames);
        return NewObject(this);
    }

    /// <summary>object.__new__(type): the bare instance for the type's layout.</summary>
    internal static PyObject NewObject(PyType type)
    {
        var solid = type.SolidBase;
        if (solid == ObjectType) return new PyInstance(type);
        if (solid.Constructor == null) throw Ops.TypeError($"cannot create '{type.Name}' instances");
        return solid.Constructor(type, Array.Empty<PyObject>(), null);
    }

    PyObject CallClassic(PyObject[] args, PyStr[] kwNames)
    {
        var inst = new PyInstance(this);
        var init = Lookup(InitName);
        if (init != null)
        {
            var r = Ops.CallWithSelf(init, inst, args, kwNames);
            if (r is not PyNone) throw Ops.TypeError("__init__() should return None");
        }
        else if (args.Length > 0)
            throw Ops.TypeError("this constructor takes no arguments");
        return inst;
    }

    /// <summary>The single-argument and three-argument forms of <c>type(...)</c> and calls of a metaclass
    /// deriving from type.</summary>
    internal static PyObject TypeNew(PyType meta, PyObject[] args, PyStr[] kw)
    {
        if (args.Length == 1 && meta == TypeType) return Ops.TypeOf(args[0]);
        if (args.Length != 3) throw Ops.TypeError("type() takes 1 or 3 arguments");
        if (args[1] is not PyTuple bases) throw Ops.TypeError("type() argument 2 must be tuple, not " + args[1].TypeName);
        if (args[2] is not PyDict dict) throw Ops.TypeError("type() argument 3 must be dict, not " + args[2].TypeName);
        return CreateNewStyle(meta, Ops.StrValue(args[0]), bases, dict);
    }
}
