using System;
using Py2Cs.Runtime.ForeignFunctions;

namespace Py2Cs.Runtime.ForeignFunctions;

/// <summary>
/// CDLL, PyDLL and LibraryLoader: Python classes in CPython's ctypes/__init__.py, built here the same
/// way (a class statement's dict of functions), so instances have a __dict__, attribute access caches
/// the function objects, and Python subclasses may override __getattr__, __getitem__ or _FuncPtr.
/// </summary>
public static class LibraryClasses
{
    static readonly PyStr HandleName = PyStr.Intern("_handle"), NameName = PyStr.Intern("_name"),
        FuncPtrName = PyStr.Intern("_FuncPtr"), GetItemName = PyStr.Intern("__getitem__"),
        DllTypeName = PyStr.Intern("_dlltype");

    static PyFunction Function(string name, string[] parameters, Func<PyObject[], PyObject> body, PyObject[] defaults = null) =>
        PyFunction.WithBoundArguments(new FunctionSignature(name, parameters), body, defaults);

    static PyType Class(string name, PyType baseType, PyDict dict)
    {
        dict.SetStr("__module__", PyStr.FromString("ctypes"));
        return (PyType)PyType.MakeClass(name, PyTuple.Create(baseType), dict);
    }

    public static readonly PyType CDLL = MakeCDLL();
    public static readonly PyType PyDLL = MakePyDLL();
    public static readonly PyType LibraryLoader = MakeLibraryLoader();

    static PyType MakeCDLL()
    {
        var d = new PyDict();
        d.SetStr("__doc__", PyStr.FromString("An instance of this class represents a loaded dll/shared\n    library, exporting functions using the standard C calling\n    convention (named 'cdecl' on Windows).\n\n    The exported functions can be accessed as attributes, or by\n    indexing with the function name.  Examples:\n\n    <obj>.qsort -> callable object\n    <obj>['qsort'] -> callable object\n\n    Calling the functions releases the Python GIL during the call and\n    reacquires it afterwards.\n    "));
        d.SetStr("_func_flags_", PyInt.From(FunctionPointer.FlagCdecl));
        d.SetStr("_func_restype_", FundamentalTypes.c_int);
        d.SetStr("__init__", Function("__init__", new[] { "self", "name", "mode", "handle", "use_errno", "use_last_error" }, a =>
        {
            var self = a[0];
            Ops.SetAttr(self, NameName, a[1]);
            long flags = Ops.IndexToLong(Ops.GetAttr(self, PyStr.Intern("_func_flags_")));
            if (Ops.IsTrue(a[4])) flags |= FunctionPointer.FlagUseErrno;
            if (Ops.IsTrue(a[5])) flags |= FunctionPointer.FlagUseLastError;
            var fd = new PyDict();
            fd.SetStr("_flags_", PyInt.From(flags));
            fd.SetStr("_restype_", Ops.GetAttr(self, PyStr.Intern("_func_restype_")));
            fd.SetStr("__module__", PyStr.FromString("ctypes"));
            Ops.SetAttr(self, FuncPtrName, Ops.Call(CTypesTypes.FuncPtrType, PyStr.FromString("_FuncPtr"), PyTuple.Create(CTypesTypes.CFuncPtr), fd));
            Ops.SetAttr(self, HandleName, a[3] is PyNone ? CTypesFunctions.dlopen(Ops.GetAttr(self, NameName), a[2]) : a[3]);
            return PyNone.None;
        }, new PyObject[] { PyInt.From(DynamicLibrary.RTLD_LOCAL), PyNone.None, PyBool.False, PyBool.False }));
        d.SetStr("__repr__", Function("__repr__", new[] { "self" }, a =>
        {
            var self = a[0];
            ulong handle = (ulong)SimpleValues.IntegerBits(Ops.GetAttr(self, HandleName));
            return PyStr.FromString($"<{Ops.TypeOf(self).Name} '{Ops.Str(Ops.GetAttr(self, NameName))}', handle {handle:x} at {Ops.Id(self):x}>");
        }));
        d.SetStr("__getattr__", Function("__getattr__", new[] { "self", "name" }, a =>
        {
            string name = Ops.StrValue(a[1]);
            if (name.StartsWith("__") && name.EndsWith("__")) throw Ops.Error(PyExceptionTypes.AttributeError, a[1]);
            var func = Ops.CallMethod(a[0], GetItemName, a[1]);
            Ops.SetAttr(a[0], (PyStr)a[1], func);
            return func;
        }));
        d.SetStr("__getitem__", Function("__getitem__", new[] { "self", "name_or_ordinal" }, a =>
        {
            var func = Ops.Call(Ops.GetAttr(a[0], FuncPtrName), PyTuple.Create(a[1], a[0]));
            if (a[1] is not (PyInt or PyLong)) Ops.SetAttr(func, PyStr.Intern("__name__"), a[1]);
            return func;
        }));
        return Class("CDLL", PyType.ObjectType, d);
    }

    static PyType MakePyDLL()
    {
        var d = new PyDict();
        d.SetStr("__doc__", PyStr.FromString("This class represents the Python library itself.  It allows to\n    access Python API functions.  The GIL is not released, and\n    Python exceptions are handled correctly.\n    "));
        d.SetStr("_func_flags_", PyInt.From(FunctionPointer.FlagCdecl | FunctionPointer.FlagPythonApi));
        return Class("PyDLL", CDLL, d);
    }

    static PyType MakeLibraryLoader()
    {
        var d = new PyDict();
        d.SetStr("__init__", Function("__init__", new[] { "self", "dlltype" }, a =>
        {
            Ops.SetAttr(a[0], DllTypeName, a[1]);
            return PyNone.None;
        }));
        d.SetStr("__getattr__", Function("__getattr__", new[] { "self", "name" }, a =>
        {
            string name = Ops.StrValue(a[1]);
            if (name.StartsWith("_")) throw Ops.Error(PyExceptionTypes.AttributeError, a[1]);
            var dll = Ops.Call(Ops.GetAttr(a[0], DllTypeName), a[1]);
            Ops.SetAttr(a[0], (PyStr)a[1], dll);
            return dll;
        }));
        d.SetStr("__getitem__", Function("__getitem__", new[] { "self", "name" }, a => Ops.GetAttr(a[0], (PyStr)a[1])));
        d.SetStr("LoadLibrary", Function("LoadLibrary", new[] { "self", "name" }, a => Ops.Call(Ops.GetAttr(a[0], DllTypeName), a[1])));
        return Class("LibraryLoader", PyType.ObjectType, d);
    }
}

/// <summary>ctypes.util.find_library on Linux: the soname from the ldconfig cache (ldconfig -p), for the
/// machine's ABI, as CPython's _findSoname_ldconfig finds it.</summary>
public static class LibraryFinder
{
    public static string Find(string name)
    {
        string output;
        try
        {
            var psi = new System.Diagnostics.ProcessStartInfo(System.IO.File.Exists("/sbin/ldconfig") ? "/sbin/ldconfig" : "ldconfig", "-p")
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            psi.Environment["LC_ALL"] = "C";
            psi.Environment["LANG"] = "C";
            using var p = System.Diagnostics.Process.Start(psi);
            output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
        }
        catch (Exception)
        {
            return null;
        }
        string abi = System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture switch
        {
            System.Runtime.InteropServices.Architecture.X64 => "libc6,x86-64",
            System.Runtime.InteropServices.Architecture.Arm64 => "libc6,AArch64",
            _ => "libc6",
        };
        var m = System.Text.RegularExpressions.Regex.Match(output,
            @"\s+(lib" + System.Text.RegularExpressions.Regex.Escape(name) + @"\.[^\s]+)\s+\(" + System.Text.RegularExpressions.Regex.Escape(abi));
        return m.Success ? m.Groups[1].Value : null;
    }
}
