using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Py2Cs.Lowering
{
    /// <summary>A C# class being generated: the module's static class, or the nested class holding the
    /// method bodies of one Python class.</summary>
    internal sealed class GeneratedType
    {
        public GeneratedType(string name, MemberScope members)
        {
            Name = name;
            Members = members;
        }

        public string Name { get; }
        public MemberScope Members { get; }
        public List<MemberDeclarationSyntax> Declarations { get; } = new List<MemberDeclarationSyntax>();

        /// <summary>How code outside this type names its members ("" for the module class itself).</summary>
        public string Qualifier { get; set; } = "";
    }
}
