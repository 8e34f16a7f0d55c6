using System.ComponentModel.DataAnnotations;

namespace Instroom.Data.Storage;

/// <summary>Section <c>Instroom:Database</c>. The connection string itself is <c>ConnectionStrings:Instroom</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Instroom:Database";

    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply the numbered scripts in sql/ at start.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Load the reference data (areas, memberships, organisations) at start; idempotent.</summary>
    public bool LoadReferenceDataOnStart { get; set; } = true;
}
