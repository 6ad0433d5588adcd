using System.Runtime.InteropServices;

namespace Py2Cs.Runtime.Modules.math
{
    /// <summary>The C math library functions .NET has no exact equivalent of (CPython calls these directly).</summary>
    internal static partial class Libm
    {
        private const string Library = "libm.so.6";

        [LibraryImport(Library)] internal static partial double log1p(double x);
        [LibraryImport(Library)] internal static partial double expm1(double x);
        [LibraryImport(Library)] internal static partial double hypot(double x, double y);
        [LibraryImport(Library)] internal static partial double acosh(double x);
        [LibraryImport(Library)] internal static partial double asinh(double x);
        [LibraryImport(Library)] internal static partial double atanh(double x);
        [LibraryImport(Library)] internal static partial double tgamma(double x);
        [LibraryImport(Library)] internal static partial double lgamma(double x);
        [LibraryImport(Library)] internal static partial double fmod(double x, double y);
        [LibraryImport(Library)] internal static partial double pow(double x, double y);
    }
}
