using System;
using System.Collections.Generic;
using System.Reflection;

namespace Py2Cs.Runtime;

/// <summary>
/// The import system. Generated modules register an initializer (the module body) under their dotted
/// name; native modules are C# static classes marked <c>[PythonModule("name")]</c>, found by scanning
/// the loaded assemblies once. Imported modules live in <c>sys.modules</c>.
/// </summary>
public static class Importer
{
    sealed class Registration
    {
        public Action<PyModule> Body;
        public bool IsPackage;
        public string File;
    }

    static readonly Dictionary<string, Registration> Generated = new();
    static Dictionary<string, Type> _native;
    static readonly object Lock = new();

    /// <summary>sys.modules.</summary>
    public static PyDict Modules { get; } = new PyDict();

    /// <summary>Registers a generated module: <paramref name="body"/> runs the module's top-level code
    /// with the fresh module (its globals are <c>module.Dict</c>).</summary>
    public static void Register(string name, Action<PyModule> body, bool isPackage = false, string file = null)
    {
        lock (Lock) Generated[name] = new Registration { Body = body, IsPackage = isPackage, File = file };
    }

    /// <summary>The source files of the generated modules (os.fork's start-up check reads them).</summary>
    internal static List<string> GeneratedModuleFiles()
    {
        var files = new List<string>();
        lock (Lock) foreach (var registration in Generated.Values) if (registration.File != null) files.Add(registration.File);
        return files;
    }

    /// <summary>Registers a native module type explicitly (assemblies loaded later are also scanned).</summary>
    public static void RegisterNative(string name, Type type)
    {
        lock (Lock) { EnsureNativeScan(); _native[name] = type; }
    }

    static void EnsureNativeScan()
    {
        if (_native != null) return;
        _native = new Dictionary<string, Type>();
        foreach (var asm in AppDomain.CurrentDomain.GetAssemblies()) ScanAssembly(asm);
        AppDomain.CurrentDomain.AssemblyLoad += (s, e) => { lock (Lock) ScanAssembly(e.LoadedAssembly); };
    }

    static void ScanAssembly(Assembly asm)
    {
        if (asm.IsDynamic) return;
        // Only assemblies that reference the runtime (or are it) can hold native modules.
        string self = typeof(Importer).Assembly.GetName().Name;
        if (asm.GetName().Name != self)
        {
            bool refs = false;
            foreach (var r in asm.GetReferencedAssemblies()) if (r.Name == self) { refs = true; break; }
            if (!refs) return;
        }
        Type[] types;
        try { types = asm.GetTypes(); }
        catch (ReflectionTypeLoadException e) { types = Array.FindAll(e.Types, t => t != null); }
        foreach (var t in types)
        {
            var attr = t.GetCustomAttribute<PythonModuleAttribute>();
            if (attr != null) _native[attr.Name] = t;
        }
    }

    /// <summary><c>import a.b.c</c>: imports every package on the way and returns the top-level one
    /// (what the name <c>a</c> is bound to).</summary>
    public static PyObject Import(string name)
    {
        ImportModule(name);
        int dot = name.IndexOf('.');
        return dot < 0 ? Modules.GetStr(name) : Modules.GetStr(name.Substring(0, dot));
    }

    /// <summary>Imports a dotted module and returns the module itself (<c>import a.b as m</c>).</summary>
    public static PyObject ImportModule(string name)
    {
        var existing = Modules.GetStr(PyStr.FromString(name));
        if (existing != null && existing is not PyNone) return existing;
        // Python 2's import lock: one thread imports at a time (reentrant, for nested imports), so a
        // second thread waits for a module being executed instead of seeing it half-initialised in
        // sys.modules or running its body twice.
        lock (ImportLock)
            return ImportModuleLocked(name);
    }

    static readonly object ImportLock = new();

    static PyObject ImportModuleLocked(string name)
    {
        var existing = Modules.GetStr(PyStr.FromString(name));
        if (existing != null && existing is not PyNone) return existing;
        int dot = name.LastIndexOf('.');
        PyObject parent = null;
        if (dot >= 0)
        {
            parent = ImportModule(name.Substring(0, dot));
            // Importing the parent may have installed the submodule (os puts posixpath in as os.path).
            existing = Modules.GetStr(PyStr.FromString(name));
            if (existing != null && existing is not PyNone) return existing;
        }
        var module = Load(name) ?? throw Ops.ImportError("No module named " + (dot >= 0 ? name.Substring(dot + 1) : name));
        if (parent != null) Ops.SetAttr(parent, name.Substring(dot + 1), module);
        return module;
    }

    /// <summary><c>from module import name</c>: the attribute, or the submodule of that name.</summary>
    public static PyObject ImportFrom(PyObject module, string name)
    {
        var v = Ops.GetAttrOrNull(module, name);
        if (v != null) return v;
        if (module is PyModule m)
        {
            try { return ImportModule(m.Name + "." + name); }
            catch (PythonException e) when (e.Is(PyExceptionTypes.ImportError)) { }
        }
        throw Ops.ImportError("cannot import name " + name);
    }

    /// <summary><c>from module import *</c>: copies <c>__all__</c>, or every name not starting with _.</summary>
    public static void ImportStar(PyObject module, PyDict globals)
    {
        var all = Ops.GetAttrOrNull(module, "__all__");
        if (all != null)
        {
            foreach (var n in Ops.Enumerate(all)) globals.SetItem(n, Ops.GetAttr(module, (PyStr)Ops.Str(n).Intern()));
            return;
        }
        var dict = module.InstanceDict;
        int pos = 0;
        while (dict.Next(ref pos, out var k, out var v))
            if (k is PyStr s && (s.Length == 0 || s[0] != (byte)'_')) globals.SetItem(k, v);
    }

    /// <summary>Resolves a relative import (<c>from ..x import y</c>) against the importing module's
    /// <c>__name__</c>/<c>__package__</c>.</summary>
    public static string ResolveRelative(string name, int level, PyDict globals)
    {
        if (level == 0) return name;
        string package = (globals.GetStr("__package__") as PyStr)?.ToString();
        if (package == null)
        {
            string modName = Ops.StrValue(globals.GetStr("__name__"));
            bool isPackage = globals.GetStr("__path__") != null;
            package = isPackage ? modName : (modName.Contains('.') ? modName.Substring(0, modName.LastIndexOf('.')) : "");
        }
        for (int i = 1; i < level; i++)
        {
            int dot = package.LastIndexOf('.');
            if (dot < 0) throw Ops.ValueError("Attempted relative import beyond toplevel package");
            package = package.Substring(0, dot);
        }
        if (package.Length == 0) throw Ops.ValueError("Attempted relative import in non-package");
        return string.IsNullOrEmpty(name) ? package : package + "." + name;
    }

    static PyModule Load(string name)
    {
        Registration reg;
        Type native;
        lock (Lock)
        {
            Generated.TryGetValue(name, out reg);
            EnsureNativeScan();
            _native.TryGetValue(name, out native);
        }
        if (reg != null)
        {
            var module = new PyModule(name);
            if (reg.File != null) module["__file__"] = PyStr.FromString(reg.File);
            if (reg.IsPackage) module["__path__"] = PyList.Create(PyStr.FromString(name));
            module["__package__"] = PyStr.FromString(reg.IsPackage ? name : (name.Contains('.') ? name.Substring(0, name.LastIndexOf('.')) : ""));
            module["__builtins__"] = Builtins.Module;
            var key = PyStr.FromString(name);
            Modules.SetItem(key, module);
            try { reg.Body(module); }
            catch { Modules.Remove(key); throw; }
            return module;
        }
        if (native != null)
        {
            var module = NativeModuleBuilder.Build(name, native);
            Modules.SetItem(PyStr.FromString(name), module);
            return module;
        }
        if (name == "__builtin__") return Builtins.Module;
        if (name == "sys") return SysModule.Module;
        return null;
    }

    /// <summary>Adds an already-built module to sys.modules (sys, __builtin__, __main__).</summary>
    public static void Install(PyModule module) => Modules.SetItem(PyStr.FromString(module.Name), module);
}
