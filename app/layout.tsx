import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { Providers } from "./providers";
import { SiteNav } from "./site-nav";
import { NAV_LINK, UserMenu } from "./user-menu";
import "./globals.css";

export const metadata: Metadata = {
  title: "Kling Studio",
  description: "Compose, preview and review Kling text-to-video takes with your team.",
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Signed out (sign-in, setup, invites, share pages) the header shows the name only.
  // If the database is down, the page below reports it (its error boundary); the header must not fail first.
  const user = await getCurrentUser().catch(() => null);
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <Providers>
          <header className="border-b border-line bg-panel/80">
            <nav aria-label="Main" className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
              <Link href="/" className="font-semibold tracking-tight text-white">
                Kling Studio
              </Link>
              {user ? (
                <SiteNav>
                  <NavLink href="/">Studio</NavLink>
                  <NavLink href="/gallery">Gallery</NavLink>
                  <NavLink href="/activity">Activity</NavLink>
                  <NavLink href="/share">Share links</NavLink>
                  <div className="mt-1 border-t border-line pt-2 md:mt-0 md:ml-auto md:border-0 md:pt-0">
                    <UserMenu />
                  </div>
                </SiteNav>
              ) : null}
            </nav>
          </header>
          <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
        </Providers>
      </body>
    </html>
  );
}

function NavLink(props: { href: string; children: string }) {
  return (
    <Link href={props.href} className={NAV_LINK}>
      {props.children}
    </Link>
  );
}
