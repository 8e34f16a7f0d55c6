namespace Instroom.Tests.Ingestion.Support;

/// <summary>Files of the repository itself (docs/contract), found by walking up to Instroom.sln.</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = FindRoot();

    public static string ContractExamples => Path.Combine(Root, "docs", "contract", "voorbeelden");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Instroom.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Instroom.sln not found above {AppContext.BaseDirectory}.");
    }
}
