// The namespaces most of this project's files use, once.
global using System.Reflection;
global using ComplianceHub.ArchitectureTests.Rules;
