namespace Instroom.Data.Audit;

/// <summary>The action codes of the audit trail: stable, because people filter and report on them.</summary>
public static class AuditActions
{
    public const string SignIn = "aanmelden";
    public const string SignOut = "afmelden";
    public const string Lockout = "account-vergrendeld";
    public const string Denied = "toegang-geweigerd";
    public const string UserChanged = "gebruiker-gewijzigd";
    public const string RolesChanged = "rollen-gewijzigd";
    public const string SupervisionChanged = "toezicht-gewijzigd";
    public const string RuleChanged = "statusregel-gewijzigd";
    public const string SourceChanged = "bron-gewijzigd";
    public const string Export = "export";
    public const string ExactView = "exacte-weergave";
    public const string JobRun = "taak-handmatig";
}

/// <summary>The result codes of the audit trail.</summary>
public static class AuditResults
{
    public const string Succeeded = "gelukt";
    public const string Failed = "mislukt";
    public const string Refused = "geweigerd";
}
