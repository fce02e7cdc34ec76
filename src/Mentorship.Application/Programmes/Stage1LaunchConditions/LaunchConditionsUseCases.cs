using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Common;
using Mentorship.Domain.People;
using Mentorship.Domain.Programmes;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Programmes.Stage1LaunchConditions;

/// <summary>Sets the forms and formats the programme uses (replacing the previous choice).</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record SetProgrammeFormsCommand(IReadOnlyList<MentoringForm>? Forms, IReadOnlyList<MentoringFormat>? Formats) : IRequest<ProgrammeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class SetProgrammeFormsValidator : AbstractValidator<SetProgrammeFormsCommand>
{
    public SetProgrammeFormsValidator()
    {
        RuleFor(c => c.Forms).NotNull();
        RuleForEach(c => c.Forms).IsInEnum();
        RuleFor(c => c.Formats).NotNull();
        RuleForEach(c => c.Formats).IsInEnum();
    }
}

internal sealed class SetProgrammeFormsHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<SetProgrammeFormsCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(SetProgrammeFormsCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        foreach (var form in programme.Forms.Select(f => f.Form).Except(request.Forms!).ToList())
        {
            programme.RemoveForm(form);
        }

        foreach (var form in request.Forms!)
        {
            programme.AddForm(form);
        }

        foreach (var format in programme.Formats.Select(f => f.Format).Except(request.Formats!).ToList())
        {
            programme.RemoveFormat(format);
        }

        foreach (var format in request.Formats!)
        {
            programme.AddFormat(format);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProgrammeQuery(programme.Id), cancellationToken);
    }
}

public interface ITeamMemberFields
{
    Guid? PersonId { get; }

    string? FullName { get; }

    string? Position { get; }
}

public sealed class TeamMemberFieldsValidator : AbstractValidator<ITeamMemberFields>
{
    public TeamMemberFieldsValidator()
    {
        RuleFor(c => c.FullName).NotEmpty().When(c => c.PersonId is null)
            .WithMessage(_ => Texts.Pick("Укажите зарегистрированного человека или ФИО.", "Give a registered person or a full name."));
        RuleFor(c => c.FullName).MaximumLength(TeamMember.FullNameMaxLength);
        RuleFor(c => c.Position).MaximumLength(TeamMember.PositionMaxLength);
    }
}

/// <summary>Appoints the programme's curator (replacing a previous one).</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AppointCuratorCommand(Guid? PersonId, string? FullName, string? Position) : IRequest<ProgrammeDto>, ITeamMemberFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class AppointCuratorValidator : AbstractValidator<AppointCuratorCommand>
{
    public AppointCuratorValidator() => Include(new TeamMemberFieldsValidator());
}

internal sealed class AppointCuratorHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<AppointCuratorCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(AppointCuratorCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        await LaunchRules.EnsurePersonAsync(db, request.PersonId, cancellationToken);
        programme.AppointCurator(request.PersonId, request.FullName, request.Position);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProgrammeQuery(programme.Id), cancellationToken);
    }
}

/// <summary>Adds a member of the organising team.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddTeamMemberCommand(Guid? PersonId, string? FullName, string? Position) : IRequest<ProgrammeDto>, ITeamMemberFields
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class AddTeamMemberValidator : AbstractValidator<AddTeamMemberCommand>
{
    public AddTeamMemberValidator() => Include(new TeamMemberFieldsValidator());
}

internal sealed class AddTeamMemberHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<AddTeamMemberCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(AddTeamMemberCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        await LaunchRules.EnsurePersonAsync(db, request.PersonId, cancellationToken);
        programme.AddTeamMember(request.PersonId, request.FullName, request.Position);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProgrammeQuery(programme.Id), cancellationToken);
    }
}

/// <summary>Adds a task of the programme with its expected result.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddProgrammeTaskCommand(string? Text, string? ExpectedResult) : IRequest<ProgrammeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class AddProgrammeTaskValidator : AbstractValidator<AddProgrammeTaskCommand>
{
    public AddProgrammeTaskValidator()
    {
        RuleFor(c => c.Text).NotEmpty().MaximumLength(TextLengths.Paragraph);
        RuleFor(c => c.ExpectedResult).MaximumLength(TextLengths.Paragraph);
    }
}

internal sealed class AddProgrammeTaskHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<AddProgrammeTaskCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(AddProgrammeTaskCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        programme.AddTask(request.Text!, request.ExpectedResult);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProgrammeQuery(programme.Id), cancellationToken);
    }
}

/// <summary>Registers a normative document: the order on introducing the model, council minutes, plan, regulation or curator order.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record AddNormativeDocumentCommand(NormativeDocumentKind? Kind, string? Number, DateOnly? Date, string? Title, string? Url) : IRequest<ProgrammeDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ProgrammeId { get; init; }
}

public sealed class AddNormativeDocumentValidator : AbstractValidator<AddNormativeDocumentCommand>
{
    public AddNormativeDocumentValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Number).MaximumLength(NormativeDocument.NumberMaxLength);
        RuleFor(c => c.Date).NotNull();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(TextLengths.Title);
        RuleFor(c => c.Url).MaximumLength(TextLengths.Paragraph)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .When(c => !string.IsNullOrWhiteSpace(c.Url))
            .WithMessage(_ => Texts.Pick("Ссылка — абсолютный адрес http(s).", "The link must be an absolute http(s) address."));
    }
}

internal sealed class AddNormativeDocumentHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<AddNormativeDocumentCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(AddNormativeDocumentCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        programme.AddDocument(request.Kind!.Value, request.Number, request.Date!.Value, request.Title!, request.Url);
        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProgrammeQuery(programme.Id), cancellationToken);
    }
}

public enum LaunchConditionPart
{
    Team = 1,
    Tasks,
    Documents,
}

/// <summary>Removes a team member, a task or a document of the launch conditions.</summary>
[Authorize(Roles = Roles.OrganizationStaff)]
public sealed record RemoveLaunchConditionCommand(Guid ProgrammeId, LaunchConditionPart Part, Guid ItemId) : IRequest<ProgrammeDto>;

internal sealed class RemoveLaunchConditionHandler(IApplicationDbContext db, IMediator mediator) : IRequestHandler<RemoveLaunchConditionCommand, ProgrammeDto>
{
    public async Task<ProgrammeDto> Handle(RemoveLaunchConditionCommand request, CancellationToken cancellationToken)
    {
        var programme = await db.ProgrammeWithConditionsAsync(request.ProgrammeId, cancellationToken);
        var exists = request.Part switch
        {
            LaunchConditionPart.Team => programme.TeamMembers.Any(m => m.Id == request.ItemId),
            LaunchConditionPart.Tasks => programme.Tasks.Any(t => t.Id == request.ItemId),
            _ => programme.Documents.Any(d => d.Id == request.ItemId),
        };
        if (!exists)
        {
            throw new NotFoundException(request.Part.ToString(), request.ItemId);
        }

        switch (request.Part)
        {
            case LaunchConditionPart.Team:
                programme.RemoveTeamMember(request.ItemId);
                break;
            case LaunchConditionPart.Tasks:
                programme.RemoveTask(request.ItemId);
                break;
            default:
                programme.RemoveDocument(request.ItemId);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await mediator.Send(new GetProgrammeQuery(programme.Id), cancellationToken);
    }
}

internal static class LaunchRules
{
    /// <summary>A person named in the programme must be one the caller can see; otherwise it is reported on the field.</summary>
    public static async Task EnsurePersonAsync(IApplicationDbContext db, Guid? personId, CancellationToken cancellationToken)
    {
        if (personId is { } id && !await db.People.AnyAsync(p => p.Id == id && !p.IsAnonymised, cancellationToken))
        {
            throw new ValidationException("personId", Texts.NotFound(nameof(Person), id));
        }
    }
}
