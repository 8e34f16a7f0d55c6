namespace Instroom.Data.Supervision;

/// <summary>A start or end of verscherpt toezicht that was refused; the message is Dutch and meant for the user.</summary>
public sealed class SupervisionPeriodException : Exception
{
    public SupervisionPeriodException()
    {
    }

    public SupervisionPeriodException(string message)
        : base(message)
    {
    }

    public SupervisionPeriodException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
