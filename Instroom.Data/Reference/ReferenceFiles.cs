namespace Instroom.Data.Reference;

/// <summary>Reads the reference files embedded from Instroom.Data/Reference (see PROVENANCE.md there).</summary>
public static class ReferenceFiles
{
    public static string ReadText(string fileName)
    {
        using var stream = typeof(ReferenceFiles).Assembly.GetManifestResourceStream("reference/" + fileName)
            ?? throw new FileNotFoundException($"Reference file {fileName} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
