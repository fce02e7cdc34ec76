namespace Mentorship.Application.Common.Security;

/// <summary>
/// Put on a request record: the authorization behaviour refuses callers who are not authenticated (401) or have
/// none of the <see cref="Roles"/> (a comma-separated list; 403). Several attributes must all hold.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AuthorizeAttribute : Attribute
{
    public string Roles { get; set; } = string.Empty;
}
