using System.Collections.Generic;
using System.Globalization;

namespace Py2Cs.Lowering
{
    /// <summary>The member names used in one generated C# type, so two Python functions named alike
    /// (a property getter and setter, a redefined function) get distinct C# names.</summary>
    internal sealed class MemberScope
    {
        private readonly HashSet<string> _used = new HashSet<string>();

        public MemberScope(string typeName)
        {
            // C# forbids a member named like its enclosing type.
            _used.Add(typeName);
        }

        public bool Reserve(string name) => _used.Add(name);

        /// <summary>A free C# member name based on <paramref name="baseName"/> (already escaped).</summary>
        public string Unique(string baseName)
        {
            string name = baseName;
            for (int i = 2; !_used.Add(name); i++)
                name = baseName + "_" + i.ToString(CultureInfo.InvariantCulture);
            return name;
        }
    }
}
