using System;
using System.Collections.Generic;

namespace Py2Cs.Runtime;

/// <summary>Detects recursion in reprs of containers (CPython's Py_ReprEnter): <c>[[...]]</c>.</summary>
public readonly struct ReprGuard : IDisposable
{
    [ThreadStatic] static List<object> _active;
    readonly object _target;

    ReprGuard(object target) { _target = target; }

    public static ReprGuard Enter(object o, out bool recursive)
    {
        var list = _active ??= new List<object>();
        foreach (var x in list)
            if (ReferenceEquals(x, o)) { recursive = true; return default; }
        list.Add(o);
        recursive = false;
        return new ReprGuard(o);
    }

    public void Dispose()
    {
        if (_target == null) return;
        var list = _active;
        for (int i = list.Count - 1; i >= 0; i--)
            if (ReferenceEquals(list[i], _target)) { list.RemoveAt(i); break; }
    }
}
