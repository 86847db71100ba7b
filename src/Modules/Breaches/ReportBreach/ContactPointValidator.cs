namespace ComplianceHub.Breaches.ReportBreach;

internal static class ContactPointValidator
{
    public static void Validate(ValidationErrors errors, string field, ContactPointRequest? contact)
    {
        if (contact is null)
        {
            return;
        }

        errors.Text($"{field}.name", contact.Name, BreachLimits.ContactLength, required: true);
        errors.Text($"{field}.email", contact.Email, BreachLimits.ContactLength, required: false);
        errors.Text($"{field}.phone", contact.Phone, BreachLimits.ContactLength, required: false);
        errors.When(contact.Email is { Length: > 0 } email && !EmailAddress.IsPlausible(email), $"{field}.email", "Not an email address.")
            .When(string.IsNullOrWhiteSpace(contact.Email) && string.IsNullOrWhiteSpace(contact.Phone), $"{field}.email", "An email address or a phone number is required.");
    }
}
