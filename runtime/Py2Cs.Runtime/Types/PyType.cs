using System;
using System.Collections.Generic;
using System.Threading;

namespace Py2Cs.Runtime;

/// <summary>
/// A Python type or class, built at run time: the built-in types (created lazily, their method tables
/// filled on first look-up), new-style classes and classic classes. Attribute look-up walks the MRO and
/// is cached per type; any mutation of any type's dict invalidates all caches (types rarely change
/// after creation, so a global version is simplest and safe for subclasses).
/// </summary>
public sealed partial class PyType : PyObject
{
    // ---- the two roots ----------------------------------------------------------------------

    public static readonly PyType ObjectType = new PyType("object", null, ObjectTypeDefinition.Populate);
    public static readonly PyType TypeType = new PyType("type", () => ObjectType, TypeTypeDefinition.Populate);

    static int _globalVersion;

    public string Name { get; internal set; }

    readonly Func<PyType> _baseFactory;
    PyType _base;
    PyType[] _bases;
    PyType[] _mro;
    Action<PyType> _populate;
    // Published (Volatile.Write) only once complete: another thread never sees a built-in's dict
    // before its populate callback has finished.
    PyDict _dict;
    // The dict a built-in's populate callback is filling; only the thread holding PopulateLock sees it.
    PyDict _populating;
    PyType _metatype;
    MethodCache _cache;

    /// <summary>One lock for every built-in's first population: a populate callback may touch other
    /// types' dicts, and per-type locks could then deadlock two threads populating in opposite order.
    /// In its own class so it exists whatever order PyType's static fields (in several files) start in.</summary>
    static class PopulateLock
    {
        public static readonly object Value = new();
    }

    /// <summary>True for types implemented in C# (int, list, Exception...).</summary>
    public bool IsBuiltin { get; private set; }

    /// <summary>True for classic (old-style) classes.</summary>
    public bool IsClassic { get; private set; }

    /// <summary>For a built-in type: creates an instance of <c>type</c> (the type itself or a Python
    /// subclass) from the constructor arguments; CPython's tp_new. Null for Python classes (they
    /// inherit their nearest built-in base's).</summary>
    public Func<PyType, PyObject[], PyStr[], PyObject> Constructor { get; set; }

    /// <summary>The nearest built-in type in the base chain (the instance layout).</summary>
    public PyType SolidBase { get; private set; }

    /// <summary>Names declared in <c>__slots__</c> along the MRO (null when instances have a __dict__).</summary>
    internal string[] Slots;
    internal bool HasInstanceDict = true;

    PyType(string name, Func<PyType> baseFactory, Action<PyType> populate)
    {
        Name = name;
        _baseFactory = baseFactory;
        _populate = populate;
        IsBuiltin = true;
        SolidBase = this;
    }

    /// <summary>Declares a built-in type. <paramref name="baseType"/> is a factory so types can be declared
    /// in any static initialiser order; <paramref name="populate"/> fills the dict on first use.</summary>
    public static PyType Builtin(string name, Func<PyType> baseType, Action<PyType> populate) =>
        new PyType(name, baseType ?? (() => ObjectType), populate);

    public override PyType Type => _metatype ?? (IsClassic ? ClassicClassType : TypeType);

    public override PyDict InstanceDict => Dict;

    public PyType Base
    {
        get
        {
            if (_base == null && _baseFactory != null) _base = _baseFactory();
            return _base;
        }
    }

    public PyType[] Bases
    {
        get
        {
            if (_bases == null) _bases = Base == null ? Array.Empty<PyType>() : new[] { Base };
            return _bases;
        }
    }

    public PyType[] Mro
    {
        get
        {
            if (_mro != null) return _mro;
            var chain = new List<PyType>();
            for (var t = this; t != null; t = t.Base) chain.Add(t);
            return _mro = chain.ToArray();
        }
    }

    /// <summary>The type's <c>__dict__</c> (filled on first access for built-in types).</summary>
    public PyDict Dict => Volatile.Read(ref _dict) ?? PopulateDict();

    PyDict PopulateDict()
    {
        lock (PopulateLock.Value)
        {
            if (_dict != null) return _dict;
            // Re-entered from this type's own populate callback (Define): the lock is ours, so is the dict.
            if (_populating != null) return _populating;
            var dict = _populating = new PyDict();
            try
            {
                var populate = _populate;
                _populate = null;
                populate?.Invoke(this);
                if (Constructor != null && IsBuiltin && dict.GetStr("__new__") == null)
                    dict.SetStr("__new__", new NativeStaticNew(this));
            }
            finally
            {
                // Published even when the callback failed, as before: population runs once.
                _populating = null;
                Volatile.Write(ref _dict, dict);
            }
            // Look-ups made during population (from the populating thread) may have cached a miss.
            InvalidateCaches();
            return dict;
        }
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro) if (ReferenceEquals(t, other)) return true;
        return false;
    }

    /// <summary>Finds an attribute along the MRO (CPython's _PyType_Lookup); null when absent.</summary>
    public PyObject Lookup(PyStr name)
    {
        int version = Volatile.Read(ref _globalVersion);
        var last = name.LastLookup as TypeLookupEntry;
        if (last != null && ReferenceEquals(last.Type, this) && last.Version == version) return last.Value;
        var value = LookupCached(name, version);
        name.LastLookup = new TypeLookupEntry(this, version, value);
        return value;
    }

    PyObject LookupCached(PyStr name, int version)
    {
        // Threads share the cache: it is a concurrent table tagged with its version, replaced as a
        // whole when any type changes (a plain Dictionary written by two threads could corrupt).
        var cache = Volatile.Read(ref _cache);
        if (cache == null || cache.Version != version)
        {
            cache = new MethodCache(version);
            Volatile.Write(ref _cache, cache);
        }
        else if (cache.Entries.TryGetValue(name, out var hit)) return hit;
        PyObject found = null;
        foreach (var t in Mro)
        {
            found = t.Dict.GetStr(name);
            if (found != null) break;
        }
        cache.Entries[name] = found;
        return found;
    }

    sealed class MethodCache
    {
        public readonly int Version;
        public readonly System.Collections.Concurrent.ConcurrentDictionary<PyStr, PyObject> Entries = new();
        public MethodCache(int version) { Version = version; }
    }

    public PyObject Lookup(string name) => Lookup(PyStr.Intern(name));

    // The three hooks and their version travel as one immutable object, so a thread never pairs
    // hooks of one version with another version's number.
    AttributeHooks _hooks;

    sealed class AttributeHooks
    {
        public readonly int Version;
        public readonly PyObject GetAttribute, GetAttr, SetAttr;
        public AttributeHooks(int version, PyObject getAttribute, PyObject getAttr, PyObject setAttr)
        {
            Version = version;
            GetAttribute = getAttribute;
            GetAttr = getAttr;
            SetAttr = setAttr;
        }
    }

    AttributeHooks Hooks
    {
        get
        {
            int version = Volatile.Read(ref _globalVersion);
            var hooks = Volatile.Read(ref _hooks);
            if (hooks != null && hooks.Version == version) return hooks;
            hooks = new AttributeHooks(version, Lookup(PyStr.Intern("__getattribute__")),
                Lookup(PyStr.Intern("__getattr__")), Lookup(PyStr.Intern("__setattr__")));
            Volatile.Write(ref _hooks, hooks);
            return hooks;
        }
    }

    /// <summary>A Python-defined <c>__getattribute__</c> (null when the type uses object's).</summary>
    internal PyObject CustomGetAttribute { get { var g = Hooks.GetAttribute; return g is NativeMethod ? null : g; } }
    /// <summary>The type's <c>__getattr__</c> fallback, if any.</summary>
    internal PyObject GetAttrHook => Hooks.GetAttr;
    /// <summary>A Python-defined <c>__setattr__</c> (null when the type uses object's).</summary>
    internal PyObject CustomSetAttr { get { var s = Hooks.SetAttr; return s is NativeMethod ? null : s; } }

    /// <summary>Called whenever any type's dict changes.</summary>
    internal static void InvalidateCaches() => Interlocked.Increment(ref _globalVersion);

    // ---- defining built-in members ---------------------------------------------------------------

    /// <summary>Adds a member to a built-in type's dict (used while populating).</summary>
    public void Define(string name, PyObject value) => Dict.SetStr(name, value);

    // ---- generic attribute protocol (object.__getattribute__ / __setattr__ / __delattr__) ----------

    public static PyObject GenericGetAttr(PyObject obj, PyStr name)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        if (descr != null && descr.IsDataDescriptor) return descr.DescriptorGet(obj, type);
        var dict = obj.InstanceDict;
        if (dict != null)
        {
            var v = dict.GetStr(name);
            if (v != null) return v;
        }
        if (descr != null) return descr.IsDescriptor ? descr.DescriptorGet(obj, type) : descr;
        return null;
    }

    public static void GenericSetAttr(PyObject obj, PyStr name, PyObject value)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        if (descr != null && descr.IsDataDescriptor) { descr.DescriptorSet(obj, value); return; }
        var dict = obj.InstanceDict;
        if (dict == null)
        {
            if (descr == null)
                throw Ops.AttributeError($"'{obj.TypeName}' object has no attribute '{name}'");
            throw Ops.AttributeError($"'{obj.TypeName}' object attribute '{name}' is read-only");
        }
        dict.SetStr(name, value);
    }

    public static void GenericDeleteAttr(PyObject obj, PyStr name)
    {
        var type = obj.Type;
        var descr = type.Lookup(name);
        if (descr != null && descr.IsDataDescriptor) { descr.DescriptorDelete(obj); return; }
        var dict = obj.InstanceDict;
        if (dict == null || !dict.Remove(name))
            throw Ops.AttributeError($"'{obj.TypeName}' object has no attribute '{name}'");
    }

    // ---- the type object's own attributes --------------------------------------------------------

    /// <summary>Attribute look-up on a type (type.__getattribute__): the metatype's data descriptors,
    /// then the type's own MRO (binding descriptors with no instance), then the metatype's attributes.</summary>
    public override PyObject GetAttributeOrNull(PyStr name)
    {
        var meta = Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr != null && metaAttr.IsDataDescriptor) return metaAttr.DescriptorGet(this, meta);
        var attr = Lookup(name);
        if (attr != null) return attr.IsDescriptor ? attr.DescriptorGet(null, this) : attr;
        if (metaAttr != null) return metaAttr.IsDescriptor ? metaAttr.DescriptorGet(this, meta) : metaAttr;
        return null;
    }

    public override void SetAttribute(PyStr name, PyObject value)
    {
        if (IsBuiltin) throw Ops.TypeError($"can't set attributes of built-in/extension type '{Name}'");
        var metaAttr = Type.Lookup(name);
        if (metaAttr != null && metaAttr.IsDataDescriptor) { metaAttr.DescriptorSet(this, value); return; }
        Dict.SetStr(name, value);
        InvalidateCaches();
    }

    public override void DeleteAttribute(PyStr name)
    {
        if (IsBuiltin) throw Ops.TypeError($"can't set attributes of built-in/extension type '{Name}'");
        if (!Dict.Remove(name))
            throw Ops.AttributeError(IsClassic ? $"class {Name} has no attribute '{name}'" : $"type object '{Name}' has no attribute '{name}'");
        InvalidateCaches();
    }

    public override PythonException MissingAttribute(PyStr name) =>
        Ops.AttributeError(IsClassic ? $"class {Name} has no attribute '{name}'" : $"type object '{Name}' has no attribute '{name}'");

    public string ModuleName
    {
        get
        {
            // built-in types of native modules name their module in their dict (itertools.count)
            var m = Dict.GetStr("__module__");
            if (IsBuiltin) return m is PyStr b ? b.ToString() : "__builtin__";
            return m is PyStr s ? s.ToString() : "__builtin__";
        }
    }

    public override PyStr Repr()
    {
        if (IsClassic) return PyStr.FromString($"<class {ModuleName}.{Name} at 0x{Ops.Id(this):x}>");
        string kind = IsBuiltin ? "type" : "class";
        string module = ModuleName;
        return PyStr.FromString(module == "__builtin__" ? $"<{kind} '{Name}'>" : $"<{kind} '{module}.{Name}'>");
    }

    /// <summary>str() of a classic class is "module.Name"; of a type, its repr.</summary>
    public override PyStr Str() => IsClassic ? PyStr.FromString($"{ModuleName}.{Name}") : Repr();

    /// <summary>Gives a built-in type a built-in metatype (ctypes: Structure is an instance of PyCStructType).</summary>
    public void SetBuiltinMetatype(PyType metatype) => _metatype = metatype;

    // A metatype's operators apply to its classes (ctypes' c_int * 10 is PyCSimpleType.__mul__).
    public override PyObject BinaryOp(BinaryOperator op, PyObject other) => MetatypeOperator(OperatorNames.Method(op), other);
    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) => MetatypeOperator(OperatorNames.ReflectedMethod(op), other);

    PyObject MetatypeOperator(PyStr name, PyObject other)
    {
        if (_metatype == null) return null;
        var m = _metatype.Lookup(name);
        return m == null ? null : PythonOverride.NotImplementedToNull(Ops.CallWithSelf(m, this, other));
    }

    public override bool IsCallable => true;
    public override long Hash() => Ops.IdentityHash(this);
    public override PyObject RichCompare(PyObject other, CompareOperator op) => null;
}
