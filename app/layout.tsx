import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: "Kling Studio",
  description: "Compose, preview and review Kling text-to-video takes with your team.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <Providers>
          <header className="border-b border-line bg-panel/80">
            <nav aria-label="Main" className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
              <Link href="/" className="font-semibold tracking-tight text-white">
                Kling Studio
              </Link>
              <Link href="/" className="text-sm text-zinc-300 hover:text-white">
                Studio
              </Link>
              <Link href="/gallery" className="text-sm text-zinc-300 hover:text-white">
                Gallery
              </Link>
            </nav>
          </header>
          <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
