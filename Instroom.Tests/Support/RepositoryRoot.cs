namespace Instroom.Tests.Support;

/// <summary>The checkout's root folder (the one with Instroom.sln), for tests that read committed files.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Instroom.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Instroom.sln not found above " + AppContext.BaseDirectory);
    }
}
