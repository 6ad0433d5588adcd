using System;

namespace Py2Cs.Runtime;

/// <summary>Marks a generated method (or lambda) as the body of a Python function, giving its Python
/// name for tracebacks. Module bodies use the name "&lt;module&gt;".</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PythonFunctionAttribute : Attribute
{
    public string Name { get; }
    public PythonFunctionAttribute(string name) { Name = name; }
}

/// <summary>Marks a static class as a native Python module (<c>[PythonModule("os.path")]</c>).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PythonModuleAttribute : Attribute
{
    public string Name { get; }
    public PythonModuleAttribute(string name) { Name = name; }
}

/// <summary>Gives a native module member a Python name different from its C# name
/// (<c>[PythonName("print")]</c>), or marks a nested class/static field to export.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Class, Inherited = false)]
public sealed class PythonNameAttribute : Attribute
{
    public string Name { get; }
    public PythonNameAttribute(string name) { Name = name; }
}

/// <summary>Marks the trailing <c>PyDict</c> parameter of a native function that receives <c>**kwargs</c>.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class KwargsAttribute : Attribute { }
