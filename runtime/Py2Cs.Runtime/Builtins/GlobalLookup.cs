namespace Py2Cs.Runtime;

/// <summary>
/// Reading a global: the module's dict, then the builtins' (LOAD_GLOBAL / LOAD_NAME). Each interned
/// name remembers where it was last found (<see cref="PyStr.LastLookup"/>): the dicts, their
/// versions and the table slots. While neither dict changed shape, the value is read straight from
/// the remembered slot, with no hashing and no probing. The dicts stay the only store of globals, so
/// <c>globals()[k] = v</c>, <c>exec</c> into the module dict, <c>setattr(module, ...)</c>,
/// <c>from m import *</c> and <c>del</c> are seen at once: a new key or a removal bumps the version
/// and the next read looks the name up again; a plain rebinding writes the same slot.
/// </summary>
internal sealed class GlobalLookup
{
    readonly PyDict _globals;
    readonly int _globalsVersion;
    readonly int _globalsSlot;          // -1: not in the module dict, so from the builtins
    readonly PyDict _builtins;
    readonly int _builtinsVersion;
    readonly int _builtinsSlot;

    GlobalLookup(PyDict globals, int globalsSlot, PyDict builtins, int builtinsSlot)
    {
        _globals = globals;
        _globalsVersion = globals.Version;
        _globalsSlot = globalsSlot;
        _builtins = builtins;
        _builtinsVersion = builtins?.Version ?? 0;
        _builtinsSlot = builtinsSlot;
    }

    /// <summary>The value of <paramref name="name"/> in <paramref name="globals"/> or the builtins; null when neither has it.</summary>
    public static PyObject Find(PyDict globals, PyStr name)
    {
        var last = name.LastLookup as GlobalLookup;
        if (last != null && ReferenceEquals(last._globals, globals) && last._globalsVersion == globals.Version)
        {
            if (last._globalsSlot >= 0) return globals.ValueAt(last._globalsSlot);
            var b = last._builtins;
            if (b != null && last._builtinsSlot >= 0 && b.Version == last._builtinsVersion && ReferenceEquals(b, Builtins.Module.Dict))
                return b.ValueAt(last._builtinsSlot);
        }
        int slot = globals.SlotOf(name);
        if (slot >= 0)
        {
            name.LastLookup = new GlobalLookup(globals, slot, null, -1);
            return globals.ValueAt(slot);
        }
        var builtins = Builtins.Module.Dict;
        int builtinSlot = builtins.SlotOf(name);
        if (builtinSlot < 0) return null;
        name.LastLookup = new GlobalLookup(globals, -1, builtins, builtinSlot);
        return builtins.ValueAt(builtinSlot);
    }
}
