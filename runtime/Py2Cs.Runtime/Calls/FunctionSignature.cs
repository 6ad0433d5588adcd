using System;

namespace Py2Cs.Runtime;

/// <summary>The parameter list of a Python function: positional parameter names (those with defaults
/// last), the optional <c>*args</c> and <c>**kwargs</c> names. The defaults themselves are values and
/// live on the <see cref="PyFunction"/> (func_defaults).</summary>
public sealed class FunctionSignature
{
    public string Name { get; }
    public PyStr[] ParameterNames { get; }
    public PyStr VarArgsName { get; }
    public PyStr KwArgsName { get; }

    public int ParameterCount => ParameterNames.Length;
    public bool HasVarArgs => VarArgsName != null;
    public bool HasKwArgs => KwArgsName != null;

    /// <summary>Length of the bound argument array passed to the general body: the positional
    /// parameters, then the *args tuple, then the **kwargs dict.</summary>
    public int BoundLength => ParameterNames.Length + (HasVarArgs ? 1 : 0) + (HasKwArgs ? 1 : 0);

    /// <summary>True when calls with exactly <see cref="ParameterCount"/> positional arguments can skip binding.</summary>
    public bool IsSimple => !HasVarArgs && !HasKwArgs;

    public FunctionSignature(string name, string[] parameters, string varArgs = null, string kwArgs = null)
    {
        Name = name;
        ParameterNames = Array.ConvertAll(parameters ?? Array.Empty<string>(), PyStr.Intern);
        VarArgsName = varArgs == null ? null : PyStr.Intern(varArgs);
        KwArgsName = kwArgs == null ? null : PyStr.Intern(kwArgs);
    }

    public int IndexOf(PyStr name)
    {
        var names = ParameterNames;
        for (int i = 0; i < names.Length; i++) if (ReferenceEquals(names[i], name)) return i;
        for (int i = 0; i < names.Length; i++) if (names[i].EqualsStr(name)) return i;
        return -1;
    }
}
