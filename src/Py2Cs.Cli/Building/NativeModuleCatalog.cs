using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Py2Cs.Cli.Building
{
    /// <summary>
    /// The standard-library modules the runtime implements natively: every type of Py2Cs.Runtime
    /// marked <c>[PythonModule("name")]</c> (see docs/runtime.md). The transpiler treats these names as
    /// imports it need not look for on disk.
    /// </summary>
    public static class NativeModuleCatalog
    {
        private static readonly Lazy<IReadOnlyList<string>> names = new Lazy<IReadOnlyList<string>>(Scan);

        public static IReadOnlyList<string> Names => names.Value;

        private static IReadOnlyList<string> Scan()
        {
            var runtime = Assembly.Load("Py2Cs.Runtime");
            Type[] types;
            try
            {
                types = runtime.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                types = e.Types.Where(t => t != null).ToArray();
            }
            // Matched by name through CustomAttributeData so scanning never runs attribute constructors.
            var found = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var type in types)
            {
                foreach (var attribute in type.GetCustomAttributesData())
                {
                    if (attribute.AttributeType.Name != "PythonModuleAttribute" || attribute.ConstructorArguments.Count == 0)
                        continue;
                    if (attribute.ConstructorArguments[0].Value is string name)
                        found.Add(name);
                }
            }
            return found.ToList();
        }
    }
}
